package org.enhancedpractice.xapi.auth;

import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_ALL_READ;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_DEFINE;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_PROFILE;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_STATE;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_STATEMENTS_READ;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_STATEMENTS_READ_MINE;
import static org.enhancedpractice.xapi.auth.LrsClient.SCOPE_STATEMENTS_WRITE;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * Which scopes of xAPI 1.0.3 Part 3 §4.2 open which resource. {@code all} opens everything, {@code all/read} every
 * GET and HEAD. Statements: statements/read (or statements/read/mine, then limited to the client's own statements)
 * to read, statements/write to write. State: {@code state}. Activity and Agent Profiles: {@code profile}. The
 * Activities and Agents resources reveal what statements said, so they need statements/read or {@code define}.
 * A launch-scoped credential may use the Statement and State resources and read the two Profile resources; the
 * resources then hold it to its actor and registration.
 */
public final class ScopeRules {
    private static final Set<String> READ_METHODS = Set.of("GET", "HEAD");

    private ScopeRules() {
    }

    /** Empty when the client may make this request; else the 403 to answer. */
    public static Optional<LrsProblem> refusal(LrsClient client, LrsResource resource, String method) {
        boolean read = READ_METHODS.contains(method);
        if (client.isLaunch()) {
            return launchMay(resource, read) ? Optional.empty() : Optional.of(new LrsProblem(403,
                    LrsProblem.OUTSIDE_LAUNCH, "A launch credential may not " + method + " the " + name(resource)));
        }
        List<String> accepted = scopes(resource, read);
        if ((read && client.may(SCOPE_ALL_READ)) || accepted.stream().anyMatch(client::may)) {
            return Optional.empty();
        }
        return Optional.of(new LrsProblem(403, LrsProblem.FORBIDDEN,
                "These credentials lack a scope that opens the " + name(resource) + " for " + method + ": " + accepted));
    }

    static List<String> scopes(LrsResource resource, boolean read) {
        return switch (resource) {
            case STATEMENTS -> read ? List.of(SCOPE_STATEMENTS_READ, SCOPE_STATEMENTS_READ_MINE)
                    : List.of(SCOPE_STATEMENTS_WRITE);
            case STATE -> List.of(SCOPE_STATE);
            case ACTIVITY_PROFILE, AGENT_PROFILE -> List.of(SCOPE_PROFILE);
            case ACTIVITIES, AGENTS -> read ? List.of(SCOPE_STATEMENTS_READ, SCOPE_DEFINE) : List.of();
        };
    }

    private static boolean launchMay(LrsResource resource, boolean read) {
        return switch (resource) {
            case STATEMENTS, STATE -> true;
            case ACTIVITY_PROFILE, AGENT_PROFILE -> read;
            case ACTIVITIES, AGENTS -> false;
        };
    }

    private static String name(LrsResource resource) {
        return resource.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " resource";
    }
}
