package org.enhancedpractice.xapi.launch;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.enhancedpractice.xapi.persistence.JpaLaunchCredentialStore;
import org.enhancedpractice.xapi.persistence.LaunchCredentialRow;

/**
 * Issues, checks and revokes launch-scoped LRS credentials: what the tool hands a launched AU as the cmi5 fetch
 * auth-token (cmi5 §8.2.3), limited to one {@link LaunchScope}. Tokens are stored hashed; an expired, revoked or
 * unknown token authenticates nothing (401). Credentials expired for more than {@link #KEEP_EXPIRED} are deleted
 * whenever a new one is issued.
 */
@ApplicationScoped
public class LaunchCredentials {
    static final Duration KEEP_EXPIRED = Duration.ofDays(1);

    @Inject JpaLaunchCredentialStore store;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** A credential the holder of the returned token may use until the scope expires. */
    public record LaunchCredential(String id, LaunchScope scope) {
    }

    /** Issues a credential; the result is the auth token, to be sent as {@code Authorization: Basic <token>}. */
    @Transactional
    public String issue(LaunchScope scope) {
        Instant now = clock.instant();
        if (scope.expiredAt(now)) {
            throw new IllegalArgumentException("The launch scope expired at " + scope.expires());
        }
        store.deleteExpired(now.minus(KEEP_EXPIRED));
        LaunchToken token = LaunchToken.create(random);
        store.insert(new LaunchCredentialRow(token.credentialId(), token.secretHash(), scope.tenantId(),
                scope.actor().toString(), scope.registration(), scope.activityId(), scope.expires()), now);
        return token.authToken();
    }

    /** Revokes the credential of this token at once; unknown tokens are ignored. */
    @Transactional
    public void revoke(String token) {
        LaunchToken.fromToken(token).ifPresent(t -> store.delete(t.credentialId()));
    }

    /** True when the header carries a launch credential's token (rather than an LRS client's key and secret). */
    public static boolean isLaunchCredential(String authorization) {
        return LaunchToken.fromAuthorization(authorization).isPresent();
    }

    /** The credential of an {@code Authorization} header, if it is known, its secret right and it has not expired. */
    public Optional<LaunchCredential> authenticate(String authorization) {
        Optional<LaunchToken> token = LaunchToken.fromAuthorization(authorization);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return store.find(token.get().credentialId()).filter(row -> token.get().matches(row.secretHash()))
                .map(LaunchCredentials::scope).filter(scope -> !scope.expiredAt(now))
                .map(scope -> new LaunchCredential(token.get().credentialId(), scope));
    }

    private static LaunchScope scope(LaunchCredentialRow row) {
        return new LaunchScope(row.tenantId(), JSON.createReader(new StringReader(row.actorJson())).readObject(),
                row.registration(), row.activityId(), row.expires());
    }
}
