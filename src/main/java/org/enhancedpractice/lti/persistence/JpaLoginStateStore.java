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
import org.enhancedpractice.lti.login.BrowserBinding;
import org.enhancedpractice.lti.login.LoginHints;
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
        e.bindingMode = state.binding().mode().name();
        e.storageTarget = state.binding().storageTarget();
        e.storageValue = state.binding().storageValue();
        e.loginHint = state.hints().loginHint();
        e.messageHint = state.hints().messageHint();
        em.persist(e);
    }

    /** Reads a state without using it up: the first step of a platform-storage launch only looks. */
    public Optional<LoginState> find(String state) {
        return Optional.ofNullable(em.find(LoginStateEntity.class, state)).map(JpaLoginStateStore::toState);
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
        return Optional.of(toState(e));
    }

    public int purgeExpired(Instant now) {
        return em.createQuery("DELETE FROM LoginStateEntity s WHERE s.expiresAt < :now")
                .setParameter("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC)).executeUpdate();
    }

    private static LoginState toState(LoginStateEntity e) {
        BrowserBinding binding = new BrowserBinding(BrowserBinding.Mode.valueOf(e.bindingMode), e.storageTarget,
                e.storageValue);
        return new LoginState(e.state, e.nonce, UUID.fromString(e.registrationId), e.deploymentHint, e.targetLinkUri,
                e.expiresAt.toInstant(), binding, new LoginHints(e.loginHint, e.messageHint));
    }
}
