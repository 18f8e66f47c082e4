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

/** Launch-scoped credentials (table xapi_launch_credential, migration V3). */
@ApplicationScoped
@Transactional
public class JpaLaunchCredentialStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public void insert(LaunchCredentialRow row, Instant now) {
        LaunchCredentialEntity e = new LaunchCredentialEntity();
        e.credentialId = row.credentialId();
        e.secretHash = row.secretHash();
        e.tenantId = row.tenantId() == null ? null : row.tenantId().toString();
        e.actorJson = row.actorJson();
        e.registration = row.registration().toString();
        e.activityId = row.activityId();
        e.expires = OffsetDateTime.ofInstant(row.expires(), ZoneOffset.UTC);
        e.createdAt = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
        em.persist(e);
    }

    public Optional<LaunchCredentialRow> find(String credentialId) {
        return Optional.ofNullable(em.find(LaunchCredentialEntity.class, credentialId)).map(e -> new LaunchCredentialRow(
                e.credentialId, e.secretHash, e.tenantId == null ? null : UUID.fromString(e.tenantId), e.actorJson,
                UUID.fromString(e.registration), e.activityId, e.expires.toInstant()));
    }

    public void delete(String credentialId) {
        LaunchCredentialEntity e = em.find(LaunchCredentialEntity.class, credentialId);
        if (e != null) {
            em.remove(e);
        }
    }

    /** Removes credentials that expired before {@code before}; returns how many. */
    public int deleteExpired(Instant before) {
        return em.createQuery("DELETE FROM LaunchCredentialEntity c WHERE c.expires < :before")
                .setParameter("before", OffsetDateTime.ofInstant(before, ZoneOffset.UTC)).executeUpdate();
    }
}
