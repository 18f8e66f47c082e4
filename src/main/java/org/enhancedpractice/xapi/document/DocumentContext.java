package org.enhancedpractice.xapi.document;

import java.util.Objects;
import java.util.UUID;
import org.enhancedpractice.xapi.persistence.StoreKeys;

/**
 * Where documents live: a tenant's space (null: the tool-wide space of the demo client), the resource, and the
 * Activity and/or Agent (IFI) the resource is keyed by (xAPI 1.0.3 Part 3 §2.3, §2.6, §2.7). The registration is not
 * part of it: a State request without one lists or deletes the documents of every registration (§2.3).
 */
public record DocumentContext(UUID tenantId, DocumentKind kind, String activityId, String agentIfi) {
    public DocumentContext {
        Objects.requireNonNull(kind);
        if (kind != DocumentKind.AGENT_PROFILE) {
            Objects.requireNonNull(activityId, "activityId");
        }
        if (kind != DocumentKind.ACTIVITY_PROFILE) {
            Objects.requireNonNull(agentIfi, "agent");
        }
    }

    public String key() {
        return StoreKeys.of(tenantId, kind, activityId, agentIfi);
    }

    /** One document of this context. */
    public DocumentKey document(String registration, String documentId) {
        return new DocumentKey(this, registration, documentId);
    }
}
