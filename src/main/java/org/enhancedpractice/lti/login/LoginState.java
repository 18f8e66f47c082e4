package org.enhancedpractice.lti.login;

import java.time.Instant;
import java.util.UUID;

/** What the tool remembers between login initiation and launch (Security Framework §5.1.1.1–5.1.1.3). */
public record LoginState(String state, String nonce, UUID registrationId, String deploymentHint, String targetLinkUri,
                         Instant expiresAt) {
}
