package org.enhancedpractice.xapi.persistence;

import java.util.UUID;

/**
 * An LRS client as stored: key, PBKDF2 hash parts, space-separated scopes, tenant (may be null) and whether a tool
 * administrator has disabled it.
 */
public record LrsClientRow(String key, String secretHash, String salt, int iterations, String scopes, UUID tenantId,
                           boolean disabled) {
}
