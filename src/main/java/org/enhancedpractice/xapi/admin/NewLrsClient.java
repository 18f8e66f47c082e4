package org.enhancedpractice.xapi.admin;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A client an administrator creates: its key (null: the tool generates one), its scopes and its tenant (null: a
 * tool-wide client that reads every tenant's statements). A key is the user-id half of HTTP Basic credentials
 * (RFC 7617 §2: no colon), so it is kept to unreserved URI characters; the launch-credential prefix is reserved.
 */
public record NewLrsClient(String key, ClientScopes scopes, UUID tenantId) {
    static final int MAX_KEY_LENGTH = 100;
    static final String RESERVED_PREFIX = "launch-";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._~-]*");

    public NewLrsClient {
        if (key != null) {
            checkKey(key);
        }
        if (scopes == null) {
            throw LrsClientProblem.badRequest(LrsClientProblem.SCOPES_INVALID, "'scopes' is required.");
        }
    }

    static void checkKey(String key) {
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            throw LrsClientProblem.badRequest(LrsClientProblem.KEY_INVALID, "A key has 1 to " + MAX_KEY_LENGTH
                    + " characters from A-Z a-z 0-9 . _ ~ - and starts with a letter or digit.");
        }
        if (key.regionMatches(true, 0, RESERVED_PREFIX, 0, RESERVED_PREFIX.length())) {
            throw LrsClientProblem.badRequest(LrsClientProblem.KEY_INVALID,
                    "Keys starting with '" + RESERVED_PREFIX + "' are reserved for launch-scoped credentials.");
        }
    }
}
