package org.enhancedpractice.xapi.attachment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.xapi.persistence.JpaAttachmentStore;

/**
 * Raw attachment data kept with the statements that declare it (migration V4). Content is stored once per tenant and
 * SHA-2; each statement links the SHA-2s it declared and received. Reads always go through a statement, so a tenant
 * never reads another tenant's data.
 */
@ApplicationScoped
public class AttachmentStore {
    @Inject JpaAttachmentStore rows;
    private final java.security.SecureRandom random = new java.security.SecureRandom();

    /** Links (and, if new for the tenant, stores) the parts the statement declares; in the caller's transaction. */
    public void save(UUID tenantId, UUID statementId, JsonObject statement, Map<String, AttachmentContent> parts) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        for (JsonObject attachment : AttachmentMatching.declaredBy(statement)) {
            AttachmentContent part = parts.get(AttachmentMatching.sha2(attachment));
            if (part != null && linked.add(part.sha2())) {
                rows.link(tenantId, statementId, part);
            }
        }
    }

    /** The data of one attachment of one statement of the tenant ({@code null}: statements without a tenant). */
    public Optional<AttachmentContent> find(UUID tenantId, UUID statementId, String sha2) {
        return rows.find(tenantId, statementId, sha2.toLowerCase(java.util.Locale.ROOT));
    }

    /** Every attachment's data of these statements, each SHA-2 once, in statement order (Part 3 §2.1.3). */
    public List<AttachmentContent> forStatements(Collection<JsonObject> statements) {
        Map<String, AttachmentContent> found = new LinkedHashMap<>();
        for (JsonObject statement : statements) {
            if (!AttachmentMatching.declaredBy(statement).isEmpty()) {
                rows.forStatement(UUID.fromString(statement.getString("id")))
                        .forEach(content -> found.putIfAbsent(content.sha2(), content));
            }
        }
        return List.copyOf(found.values());
    }

    /** A multipart/mixed answer: the JSON, then the data of every attachment of these statements (Part 3 §2.1.3). */
    public MultipartMixed.Written multipart(String json, Collection<JsonObject> statements) {
        return MultipartMixed.write(json, forStatements(statements), random);
    }
}
