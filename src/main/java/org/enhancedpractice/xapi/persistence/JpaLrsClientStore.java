package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/** LRS client rows (table xapi_client). */
@ApplicationScoped
@Transactional
public class JpaLrsClientStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public Optional<LrsClientRow> find(String key) {
        return Optional.ofNullable(em.find(LrsClientEntity.class, key)).map(e -> new LrsClientRow(e.key, e.secretHash,
                e.salt, e.iterations, e.scopes, e.tenantId == null ? null : UUID.fromString(e.tenantId)));
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
        e.updatedAt = at;
    }
}
