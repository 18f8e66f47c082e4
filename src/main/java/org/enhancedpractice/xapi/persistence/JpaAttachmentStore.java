package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import jakarta.inject.Inject;
import org.enhancedpractice.xapi.attachment.AttachmentContent;

/** Attachment data and its statement links (migration V4); content is unique per (owner, sha2). */
@ApplicationScoped
@Transactional
public class JpaAttachmentStore {
    /** The owner key of statements stored without a tenant (the demo client, the tool's own tenant-less writes). */
    static final String NO_TENANT = "-";
    private static final String SELECT = "SELECT c.sha2, c.content_type, c.content FROM xapi_statement_attachment a "
            + "JOIN xapi_attachment_content c ON c.owner_key = a.owner_key AND c.sha2 = a.sha2 ";

    @PersistenceContext(unitName = "ept") EntityManager em;
    @Inject Clock clock;

    /** Stores the content for the owner unless already there, and links it to the statement. */
    public void link(UUID tenantId, UUID statementId, AttachmentContent content) {
        String owner = owner(tenantId);
        Number present = (Number) em.createNativeQuery(
                        "SELECT COUNT(*) FROM xapi_attachment_content WHERE owner_key = ?1 AND sha2 = ?2")
                .setParameter(1, owner).setParameter(2, content.sha2()).getSingleResult();
        if (present.longValue() == 0) {
            em.createNativeQuery("INSERT INTO xapi_attachment_content (owner_key, sha2, content_type, length, content, "
                            + "created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                    .setParameter(1, owner).setParameter(2, content.sha2()).setParameter(3, content.contentType())
                    .setParameter(4, (long) content.content().length).setParameter(5, content.content())
                    .setParameter(6, Timestamp.from(clock.instant())).executeUpdate();
        }
        em.createNativeQuery("INSERT INTO xapi_statement_attachment (statement_id, owner_key, sha2) VALUES (?1, ?2, ?3)")
                .setParameter(1, statementId.toString()).setParameter(2, owner).setParameter(3, content.sha2())
                .executeUpdate();
    }

    public Optional<AttachmentContent> find(UUID tenantId, UUID statementId, String sha2) {
        List<?> rows = em.createNativeQuery(SELECT + "WHERE a.statement_id = ?1 AND a.owner_key = ?2 AND a.sha2 = ?3")
                .setParameter(1, statementId.toString()).setParameter(2, owner(tenantId)).setParameter(3, sha2)
                .getResultList();
        return rows.stream().findFirst().map(row -> content((Object[]) row));
    }

    public List<AttachmentContent> forStatement(UUID statementId) {
        List<AttachmentContent> found = new ArrayList<>();
        for (Object row : em.createNativeQuery(SELECT + "WHERE a.statement_id = ?1 ORDER BY a.sha2")
                .setParameter(1, statementId.toString()).getResultList()) {
            found.add(content((Object[]) row));
        }
        return found;
    }

    private static AttachmentContent content(Object[] row) {
        return new AttachmentContent((String) row[0], (String) row[1], bytes(row[2]));
    }

    private static byte[] bytes(Object value) {
        if (value instanceof java.sql.Blob blob) {
            try {
                return blob.getBytes(1, (int) blob.length());
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Cannot read attachment data", e);
            }
        }
        return (byte[]) value;
    }

    private static String owner(UUID tenantId) {
        return tenantId == null ? NO_TENANT : tenantId.toString();
    }
}
