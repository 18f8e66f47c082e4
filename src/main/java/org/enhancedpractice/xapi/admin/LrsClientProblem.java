package org.enhancedpractice.xapi.admin;

import org.enhancedpractice.platform.Problem;

/** Refusals of the LRS client administration API, each with a stable code (RFC 9457 problem details). */
public class LrsClientProblem extends Problem {
    /** No client has this key (404). */
    public static final String NOT_FOUND = "lrs_client_not_found";
    /** A client with this key exists already (409). */
    public static final String EXISTS = "lrs_client_exists";
    /** Statements carry this key as their authority: a new client under it would read them as its own (409). */
    public static final String KEY_USED = "lrs_client_key_used";
    /** A key that is empty, too long, has characters outside [A-Za-z0-9._~-] or the launch-credential prefix (400). */
    public static final String KEY_INVALID = "lrs_client_key_invalid";
    /** Scopes missing, empty, or not an array of strings (400). */
    public static final String SCOPES_INVALID = "lrs_client_scopes_invalid";
    /** A scope xAPI 1.0.3 Part 3 §4.2 does not define, or this LRS does not understand (400). */
    public static final String SCOPE_UNKNOWN = "lrs_client_scope_unknown";
    /** A tenant that is not a UUID or names no tenant of the tool (400). */
    public static final String TENANT_UNKNOWN = "lrs_client_tenant_unknown";
    /** A body that is not a JSON object, or has a property this API does not define (400). */
    public static final String BODY_INVALID = "lrs_client_body_invalid";

    public LrsClientProblem(int status, String code, String detail) {
        super(status, code, title(status), detail);
    }

    static LrsClientProblem badRequest(String code, String detail) {
        return new LrsClientProblem(400, code, detail);
    }

    static LrsClientProblem notFound(String key) {
        return new LrsClientProblem(404, NOT_FOUND, "No LRS client has the key '" + key + "'.");
    }

    private static String title(int status) {
        return switch (status) {
            case 404 -> "No such LRS client";
            case 409 -> "LRS client conflict";
            default -> "Invalid LRS client request";
        };
    }
}
