package org.enhancedpractice.xapi;

import org.enhancedpractice.platform.Problem;

/**
 * Refusals of the LRS other than statement validation, each with the status xAPI 1.0.3 Part 3 mandates
 * (§2.1.1 409 for a conflicting id, §3.2 400 for bad requests, §4 401 without credentials, §6.2 version header).
 */
public class LrsProblem extends Problem {
    /** Part 3 §2.2–2.7: no document under these parameters (404). */
    public static final String DOCUMENT_NOT_FOUND = "xapi-document-not-found";
    /** Part 3 §3.1: If-Match / If-None-Match does not hold (412). */
    public static final String PRECONDITION_FAILED = "xapi-precondition-failed";
    /** Part 3 §3.1: a profile PUT without If-Match or If-None-Match over an existing document (409). */
    public static final String DOCUMENT_CONFLICT = "xapi-document-conflict";
    /** Part 3 §3.1 (Client Requirements): a profile PUT of a new document without If-Match or If-None-Match (400). */
    public static final String PRECONDITION_REQUIRED = "xapi-precondition-required";
    /** Part 3 §2.2: a POST merge where either document is not a JSON object (400). */
    public static final String NOT_MERGEABLE = "xapi-document-not-mergeable";
    /** A launch-scoped credential used beyond its actor, registration or resources (403). */
    public static final String OUTSIDE_LAUNCH = "xapi-outside-launch-scope";
    /** A statement a {@code StatementPolicy} refused (400, or 403 when the policy says so). */
    public static final String STATEMENT_REFUSED = "xapi-statement-refused";
    public static final String BAD_REQUEST = "xapi-bad-request";
    public static final String BAD_PARAMETER = "xapi-bad-parameter";
    public static final String VERSION_HEADER = "xapi-version-header";
    public static final String CONFLICT = "xapi-statement-conflict";
    public static final String DUPLICATE_ID = "xapi-duplicate-id-in-batch";
    public static final String VOIDS_VOIDING = "xapi-voids-voiding-statement";
    public static final String NOT_FOUND = "xapi-statement-not-found";
    public static final String UNAUTHORIZED = "xapi-unauthorized";
    public static final String FORBIDDEN = "xapi-scope-missing";
    /** Part 3 §1.5: a body whose content type the Statement resource does not take. */
    public static final String CONTENT_TYPE = "xapi-content-type";
    /** RFC 2046 §5.1: a multipart/mixed body that cannot be split into parts. */
    public static final String MULTIPART = "xapi-multipart";
    /** Part 3 §1.5.2: an attachment object with neither a fileUrl nor a part of that SHA-2. */
    public static final String ATTACHMENT_MISSING = "xapi-attachment-missing";
    /** Part 3 §1.5.2: a part no attachment object declares, or one without its X-Experience-API-Hash header. */
    public static final String ATTACHMENT_UNMATCHED = "xapi-attachment-unmatched";
    /** Part 3 §1.5.2: a part whose data does not have the SHA-2 its header declares. */
    public static final String ATTACHMENT_HASH = "xapi-attachment-hash";
    /** Part 2 §2.6: a signature attachment that is not a well-formed JWS over the statement. */
    public static final String SIGNATURE = "xapi-invalid-signature";
    /** Part 3 §1.5.2 "MAY reject statements larger than the LRS is configured to allow": 413. */
    public static final String TOO_LARGE = "xapi-request-too-large";
    /** Part 3 §1.3: a malformed alternate-syntax request. */
    public static final String ALTERNATE_SYNTAX = "xapi-alternate-syntax";

    public LrsProblem(int status, String code, String detail) {
        super(status, code, title(status), detail);
    }

    public static LrsProblem badRequest(String code, String detail) {
        return new LrsProblem(400, code, detail);
    }

    /** A refusal whose title is not the Statement resource's default for its status. */
    public LrsProblem(int status, String code, String title, String detail) {
        super(status, code, title, detail);
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "LRS credentials required";
            case 403 -> "Not allowed for these LRS credentials";
            case 404 -> "No such statement";
            case 409 -> "Statement conflict";
            case 413 -> "Request too large";
            default -> "Bad xAPI request";
        };
    }
}
