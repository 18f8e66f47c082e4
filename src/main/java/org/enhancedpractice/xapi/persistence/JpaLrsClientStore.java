package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** LRS client rows (table xapi_client, V2; disabled since V8). */
@ApplicationScoped
@Transactional
public class JpaLrsClientStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public Optional<LrsClientRow> find(String key) {
        return Optional.ofNullable(em.find(LrsClientEntity.class, key)).map(e -> new LrsClientRow(e.key, e.secretHash,
                e.salt, e.iterations, e.scopes, tenant(e), e.disabled));
    }

    public Optional<LrsClientSummary> summary(String key) {
        return Optional.ofNullable(em.find(LrsClientEntity.class, key)).map(JpaLrsClientStore::summary);
    }

    public List<LrsClientSummary> summaries() {
        return em.createQuery("SELECT c FROM LrsClientEntity c ORDER BY c.key", LrsClientEntity.class).getResultList()
                .stream().map(JpaLrsClientStore::summary).toList();
    }

    /** Inserts or replaces the client with this key. */
    public void save(LrsClientRow row, Instant now) {
        OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        LrsClientEntity e = em.find(LrsClientEntity.class, row.key());
        if (e == null) {
            e = new LrsClientEntity();
            e.key = row.key();
            e.createdAt = at;
            em.persist(e);
        }
        e.secretHash = row.secretHash();
        e.salt = row.salt();
        e.iterations = row.iterations();
        e.scopes = row.scopes();
        e.tenantId = row.tenantId() == null ? null : row.tenantId().toString();
        e.disabled = row.disabled();
        e.updatedAt = at;
    }

    /** Removes the client; false when there was none. */
    public boolean delete(String key) {
        LrsClientEntity e = em.find(LrsClientEntity.class, key);
        if (e != null) {
            em.remove(e);
        }
        return e != null;
    }

    public boolean tenantExists(UUID tenantId) {
        return !em.createNativeQuery("SELECT id FROM tenant WHERE id = ?1").setParameter(1, tenantId.toString())
                .getResultList().isEmpty();
    }

    /** Whether any stored statement has this authority (index relation AUTHORITY, V3). */
    public boolean hasAuthored(String authorityIfi) {
        return !em.createNativeQuery("SELECT statement_id FROM xapi_statement_agent WHERE agent_ifi = ?1"
                        + " AND relation = 'AUTHORITY'").setParameter(1, authorityIfi).setMaxResults(1)
                .getResultList().isEmpty();
    }

    private static LrsClientSummary summary(LrsClientEntity e) {
        return new LrsClientSummary(e.key, e.scopes, tenant(e), e.disabled, e.createdAt.toInstant(),
                e.updatedAt.toInstant());
    }

    private static UUID tenant(LrsClientEntity e) {
        return e.tenantId == null ? null : UUID.fromString(e.tenantId);
    }
}
