package org.enhancedpractice.xapi.admin;

import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.enhancedpractice.xapi.auth.LrsClient;

/** The scopes of a client an administrator asked for: at least one, each one of xAPI 1.0.3 Part 3 §4.2. */
public record ClientScopes(Set<String> values) {
    public ClientScopes {
        if (values == null || values.isEmpty()) {
            throw LrsClientProblem.badRequest(LrsClientProblem.SCOPES_INVALID,
                    "'scopes' must be a non-empty array of scope names, e.g. [\"statements/write\"].");
        }
        for (String scope : values) {
            if (!LrsClient.KNOWN_SCOPES.contains(scope)) {
                throw LrsClientProblem.badRequest(LrsClientProblem.SCOPE_UNKNOWN, "'" + scope
                        + "' is not a scope of this LRS; known: " + new TreeSet<>(LrsClient.KNOWN_SCOPES) + ".");
            }
        }
        values = Set.copyOf(new TreeSet<>(values));
    }

    public static ClientScopes of(Collection<String> scopes) {
        return new ClientScopes(scopes == null ? null : new TreeSet<>(scopes));
    }

    /** As stored: space-separated, sorted. */
    public String stored() {
        return String.join(" ", new TreeSet<>(values));
    }
}
