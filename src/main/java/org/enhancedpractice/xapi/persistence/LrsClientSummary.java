package org.enhancedpractice.xapi.persistence;

import java.time.Instant;
import java.util.UUID;

/** What an administrator may see of an LRS client: everything but the secret's hash and salt. */
public record LrsClientSummary(String key, String scopes, UUID tenantId, boolean disabled, Instant createdAt,
                               Instant updatedAt) {
}
