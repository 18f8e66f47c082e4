package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Canonical Activity definitions per tenant (table xapi_activity, migration V3), as JSON text. */
@ApplicationScoped
@Transactional
public class JpaActivityStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    /** The definition of one activity in one tenant's space ({@code activityKey} names both). */
    public Optional<String> definition(String activityKey) {
        return Optional.ofNullable(em.find(ActivityEntity.class, activityKey)).map(e -> e.definitionJson);
    }

    /** The definitions of an activity in every tenant's space, oldest update first. */
    public List<String> definitionsEverywhere(String activityId) {
        return em.createQuery("SELECT a.definitionJson FROM ActivityEntity a WHERE a.activityId = :id"
                + " ORDER BY a.updated", String.class).setParameter("id", activityId).getResultList();
    }

    /**
     * Replaces the stored definition by {@code merge(stored)} ({@code merge(null)} when there is none) under a row
     * lock, in a transaction of its own (callers run after their statement's transaction completed); writes only
     * when the result differs.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void update(String activityKey, UUID tenantId, String activityId, UnaryOperator<String> merge, Instant now) {
        ActivityEntity e = em.find(ActivityEntity.class, activityKey, LockModeType.PESSIMISTIC_WRITE);
        String merged = merge.apply(e == null ? null : e.definitionJson);
        if (e == null) {
            e = new ActivityEntity();
            e.activityKey = activityKey;
            e.tenantId = tenantId == null ? null : tenantId.toString();
            e.activityId = activityId;
            e.definitionJson = merged;
            e.updated = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
            em.persist(e);
        } else if (!merged.equals(e.definitionJson)) {
            e.definitionJson = merged;
            e.updated = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        }
    }
}
