package org.enhancedpractice.xapi.auth;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * An authenticated LRS client: its key, its scopes (xAPI 1.0.3 Part 3 §4.2 scope names) and its tenant (null: the
 * tool-wide demo client, which sees every tenant).
 */
public record LrsClient(String key, Set<String> scopes, UUID tenantId) {
    public static final String SCOPE_ALL = "all";
    public static final String SCOPE_STATEMENTS_WRITE = "statements/write";
    public static final String SCOPE_STATEMENTS_READ = "statements/read";
    /** Scopes this slice understands; the others of §4.2 (state, define, profile, statements/read/mine) come later. */
    public static final Set<String> KNOWN_SCOPES = Set.of(SCOPE_ALL, SCOPE_STATEMENTS_WRITE, SCOPE_STATEMENTS_READ);

    public LrsClient {
        Objects.requireNonNull(key);
        scopes = Set.copyOf(scopes);
    }

    public boolean may(String scope) {
        return scopes.contains(SCOPE_ALL) || scopes.contains(scope);
    }
}
