package org.enhancedpractice.xapi.auth;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.xapi.launch.LaunchScope;

/**
 * An authenticated LRS client: its key, its scopes (xAPI 1.0.3 Part 3 §4.2 scope names) and its tenant (null: the
 * tool-wide demo client, which sees every tenant). {@code launch} is set for a launch-scoped credential, which has no
 * scopes of its own: {@link ScopeRules} and the resources limit it to its {@link LaunchScope}.
 */
public record LrsClient(String key, Set<String> scopes, UUID tenantId, LaunchScope launch) {
    public static final String SCOPE_ALL = "all";
    public static final String SCOPE_ALL_READ = "all/read";
    public static final String SCOPE_STATEMENTS_WRITE = "statements/write";
    public static final String SCOPE_STATEMENTS_READ = "statements/read";
    public static final String SCOPE_STATEMENTS_READ_MINE = "statements/read/mine";
    public static final String SCOPE_STATE = "state";
    public static final String SCOPE_DEFINE = "define";
    public static final String SCOPE_PROFILE = "profile";
    /** The scopes of Part 3 §4.2 this LRS understands. */
    public static final Set<String> KNOWN_SCOPES = Set.of(SCOPE_ALL, SCOPE_ALL_READ, SCOPE_STATEMENTS_WRITE,
            SCOPE_STATEMENTS_READ, SCOPE_STATEMENTS_READ_MINE, SCOPE_STATE, SCOPE_DEFINE, SCOPE_PROFILE);

    /** The scopes of a stored, space-separated scope list. */
    public static Set<String> parseScopes(String stored) {
        return Set.copyOf(Arrays.asList(stored.trim().split("\\s+")));
    }

    public LrsClient {
        Objects.requireNonNull(key);
        scopes = Set.copyOf(scopes);
    }

    /** An ordinary (key and secret) client. */
    public LrsClient(String key, Set<String> scopes, UUID tenantId) {
        this(key, scopes, tenantId, null);
    }

    /** The client of a launch-scoped credential: its tenant and limits come from the scope. */
    public static LrsClient launched(String credentialId, LaunchScope scope) {
        return new LrsClient(credentialId, Set.of(), scope.tenantId(), Objects.requireNonNull(scope));
    }

    public boolean may(String scope) {
        return scopes.contains(SCOPE_ALL) || scopes.contains(scope);
    }

    public boolean isLaunch() {
        return launch != null;
    }

    /**
     * Reads limited to the statements this client wrote (statements/read/mine, Part 3 §4.2): true when it may not
     * read every statement but has that scope.
     */
    public boolean readsOnlyOwnStatements() {
        return !may(SCOPE_STATEMENTS_READ) && !may(SCOPE_ALL_READ) && scopes.contains(SCOPE_STATEMENTS_READ_MINE);
    }
}
