package org.enhancedpractice.xapi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;

/**
 * The State resource for the tool's own code (e.g. the cmi5 LMS writing {@code LMS.LaunchData}, cmi5 §10): the same
 * documents content reads over HTTP at {@code <base>/xapi/activities/state} with credentials of that tenant
 * ({@code tenantId} null: the tool-wide space of the demo client). Writes replace the document unconditionally.
 */
@ApplicationScoped
public class StateDocuments {
    @Inject LrsDocuments documents;

    public void put(UUID tenantId, StateKey key, String contentType, byte[] body) {
        documents.put(key.in(tenantId), Preconditions.NONE, contentType, body);
    }

    public Optional<StoredDocument> get(UUID tenantId, StateKey key) {
        return documents.get(key.in(tenantId));
    }

    public void delete(UUID tenantId, StateKey key) {
        documents.delete(key.in(tenantId), Preconditions.NONE);
    }
}
