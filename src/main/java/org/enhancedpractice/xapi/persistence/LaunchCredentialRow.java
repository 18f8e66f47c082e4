package org.enhancedpractice.xapi.persistence;

import java.time.Instant;
import java.util.UUID;

/** A launch-scoped credential as stored: the SHA-256 of its secret, never the secret. */
public record LaunchCredentialRow(String credentialId, String secretHash, UUID tenantId, String actorJson,
                                  UUID registration, String activityId, Instant expires) {
}
