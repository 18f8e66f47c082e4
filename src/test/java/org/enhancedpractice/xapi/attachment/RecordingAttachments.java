package org.enhancedpractice.xapi.attachment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.enhancedpractice.xapi.persistence.JpaAttachmentStore;

/**
 * A real {@link AttachmentStore} over an in-memory stand-in for its JPA store, for unit tests that run without a
 * database; links are recorded as "tenant/statement/sha2".
 */
public final class RecordingAttachments {
    private RecordingAttachments() {
    }

    public static AttachmentStore recordingInto(List<String> links) {
        Map<String, AttachmentContent> data = new ConcurrentHashMap<>();
        AttachmentStore store = new AttachmentStore();
        store.rows = new JpaAttachmentStore() {
            @Override
            public void link(UUID tenantId, UUID statementId, AttachmentContent content) {
                String key = tenantId + "/" + statementId + "/" + content.sha2();
                links.add(key);
                data.put(key, content);
            }

            @Override
            public Optional<AttachmentContent> find(UUID tenantId, UUID statementId, String sha2) {
                return Optional.ofNullable(data.get(tenantId + "/" + statementId + "/" + sha2));
            }
        };
        return store;
    }
}
