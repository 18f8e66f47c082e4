package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.lti.login.LoginState;

/**
 * Login states in the database, so any tool instance can complete a launch another one started. Consumption is a
 * conditional delete: of two concurrent launches with the same state exactly one wins.
 */
@ApplicationScoped
@Transactional
public class JpaLoginStateStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public void save(LoginState state) {
        LoginStateEntity e = new LoginStateEntity();
        e.state = state.state();
        e.nonce = state.nonce();
        e.registrationId = state.registrationId().toString();
        e.deploymentHint = state.deploymentHint();
        e.targetLinkUri = state.targetLinkUri();
        e.expiresAt = OffsetDateTime.ofInstant(state.expiresAt(), ZoneOffset.UTC);
        em.persist(e);
    }

    /** Removes and returns the state, or empty when it is unknown or already used. Expiry is the caller's rule. */
    public Optional<LoginState> consume(String state) {
        LoginStateEntity e = em.find(LoginStateEntity.class, state);
        if (e == null) {
            return Optional.empty();
        }
        int deleted = em.createQuery("DELETE FROM LoginStateEntity s WHERE s.state = :s")
                .setParameter("s", state).executeUpdate();
        if (deleted != 1) {
            return Optional.empty();
        }
        return Optional.of(new LoginState(e.state, e.nonce, UUID.fromString(e.registrationId), e.deploymentHint,
                e.targetLinkUri, e.expiresAt.toInstant()));
    }

    public int purgeExpired(Instant now) {
        return em.createQuery("DELETE FROM LoginStateEntity s WHERE s.expiresAt < :now")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }
}
