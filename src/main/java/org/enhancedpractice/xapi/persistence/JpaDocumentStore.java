package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * State, Activity Profile and Agent Profile documents (table xapi_document, migration V3). Reads for an update take
 * a row lock so a precondition checked against the stored ETag still holds when the write commits (xAPI 1.0.3
 * Part 3 §3.1).
 */
@ApplicationScoped
@Transactional
public class JpaDocumentStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public Optional<DocumentRow> find(String docKey) {
        return Optional.ofNullable(em.find(DocumentEntity.class, docKey)).map(JpaDocumentStore::toRow);
    }

    /** The row locked until the transaction ends (SELECT … FOR UPDATE), for read-check-write. */
    public Optional<DocumentRow> findForUpdate(String docKey) {
        return Optional.ofNullable(em.find(DocumentEntity.class, docKey, LockModeType.PESSIMISTIC_WRITE))
                .map(JpaDocumentStore::toRow);
    }

    /** Inserts or replaces the document with this key. */
    public void save(DocumentRow row) {
        DocumentEntity e = em.find(DocumentEntity.class, row.docKey());
        boolean fresh = e == null;
        if (fresh) {
            e = new DocumentEntity();
            e.docKey = row.docKey();
        }
        e.contextKey = row.contextKey();
        e.tenantId = row.tenantId() == null ? null : row.tenantId().toString();
        e.kind = row.kind();
        e.activityId = row.activityId();
        e.agentIfi = row.agentIfi();
        e.registration = row.registration();
        e.documentId = row.documentId();
        e.contentType = row.contentType();
        e.content = row.content();
        e.etag = row.etag();
        e.updated = OffsetDateTime.ofInstant(row.updated(), ZoneOffset.UTC);
        if (fresh) {
            em.persist(e);
        }
    }

    public void delete(String docKey) {
        DocumentEntity e = em.find(DocumentEntity.class, docKey);
        if (e != null) {
            em.remove(e);
        }
    }

    /** One document id of a context and when it was last updated. */
    public record DocumentStamp(String documentId, Instant updated) {
    }

    /** Ids in a context (any registration when {@code registration} is null), updated after {@code since}. */
    public List<DocumentStamp> ids(String contextKey, String registration, Instant since) {
        StringBuilder jpql = new StringBuilder("SELECT d.documentId, d.updated FROM DocumentEntity d"
                + " WHERE d.contextKey = :context");
        if (registration != null) {
            jpql.append(" AND d.registration = :registration");
        }
        if (since != null) {
            jpql.append(" AND d.updated > :since");
        }
        TypedQuery<Object[]> query = em.createQuery(jpql.append(" ORDER BY d.updated").toString(), Object[].class)
                .setParameter("context", contextKey);
        if (registration != null) {
            query.setParameter("registration", registration);
        }
        if (since != null) {
            query.setParameter("since", OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
        }
        return query.getResultList().stream()
                .map(r -> new DocumentStamp((String) r[0], ((OffsetDateTime) r[1]).toInstant())).toList();
    }

    /** Deletes the documents of one context (any registration when {@code registration} is null). */
    public int deleteAll(String contextKey, String registration) {
        String jpql = "DELETE FROM DocumentEntity d WHERE d.contextKey = :context"
                + (registration == null ? "" : " AND d.registration = :registration");
        var query = em.createQuery(jpql).setParameter("context", contextKey);
        if (registration != null) {
            query.setParameter("registration", registration);
        }
        return query.executeUpdate();
    }

    private static DocumentRow toRow(DocumentEntity e) {
        return new DocumentRow(e.docKey, e.contextKey, e.tenantId == null ? null : UUID.fromString(e.tenantId), e.kind,
                e.activityId, e.agentIfi, e.registration, e.documentId, e.contentType, e.content, e.etag,
                e.updated.toInstant());
    }
}
