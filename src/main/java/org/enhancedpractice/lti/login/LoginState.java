package org.enhancedpractice.lti.login;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What the tool remembers between login initiation and launch (Security Framework §5.1.1.1–5.1.1.3), including how
 * the browser is bound to the state and the hints needed to start the same login again.
 */
public record LoginState(String state, String nonce, UUID registrationId, String deploymentHint, String targetLinkUri,
                         Instant expiresAt, BrowserBinding binding, LoginHints hints) {
    public LoginState {
        Objects.requireNonNull(binding);
        Objects.requireNonNull(hints);
    }

    /** The login request that starts this login again, for a new top-level window (without platform storage). */
    public LoginRequest relaunch(String issuer, String clientId) {
        return new LoginRequest(issuer, hints.loginHint(), targetLinkUri, hints.messageHint(), clientId, deploymentHint,
                null);
    }
}
