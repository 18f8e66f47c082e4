package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Statement rows in the database. */
@ApplicationScoped
@Transactional
public class JpaStatementStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public void insert(StatementRow row) {
        StatementEntity e = new StatementEntity();
        e.id = row.id().toString();
        e.tenantId = row.tenantId() == null ? null : row.tenantId().toString();
        e.statementJson = row.json();
        e.actorIfi = row.actorIfi();
        e.verbId = row.verbId();
        e.objectActivityId = row.activityId();
        e.registration = row.registration();
        e.stored = OffsetDateTime.ofInstant(row.stored(), ZoneOffset.UTC);
        e.eventTime = OffsetDateTime.ofInstant(row.eventTime(), ZoneOffset.UTC);
        em.persist(e);
    }

    public Optional<StatementRow> find(UUID id) {
        return Optional.ofNullable(em.find(StatementEntity.class, id.toString())).map(JpaStatementStore::toRow);
    }

    /** Newest first, for one actor. */
    public List<StatementRow> byActor(String actorIfi, int limit) {
        return em.createQuery("SELECT s FROM StatementEntity s WHERE s.actorIfi = :a ORDER BY s.stored DESC",
                        StatementEntity.class)
                .setParameter("a", actorIfi).setMaxResults(limit).getResultList().stream()
                .map(JpaStatementStore::toRow).toList();
    }

    private static StatementRow toRow(StatementEntity e) {
        return new StatementRow(UUID.fromString(e.id), e.tenantId == null ? null : UUID.fromString(e.tenantId),
                e.statementJson, e.actorIfi, e.verbId, e.objectActivityId, e.registration, e.stored.toInstant(),
                e.eventTime.toInstant());
    }
}
