package org.enhancedpractice.it;

/**
 * How a test platform behaves, after the real platforms (DESIGN.md "Platform realities", /work/shared/notes/lti.md,
 * docs/lti.md "What each VLE does"): how it starts a login (HTTP method, whether {@code lti_deployment_id} is sent,
 * which {@code lti_storage_target}) and how its services answer. Each profile refuses what its original refuses, so a
 * test that passes proves the tool copes.
 */
public enum PlatformProfile {
    /** A plain AGS 2.0 / NRPS 2.0 platform; grants only the score and membership scopes (the foundation's tests). */
    STANDARD("/lineitems", true, true, null),
    /**
     * Moodle 4.x: form POST login with client and deployment id, no platform storage; {@code ?type_id=} on every line
     * item URL; 409 for a score not in a later whole second than the stored grade; scoreGiven ignored unless
     * FullyGraded; 400 "Incorrect score received" for a user who cannot be graded; typographic quotes in Link
     * headers; "grade sync only" grants no {@code lineitem} scope.
     */
    MOODLE("/mod/lti/services.php/42/lineitems", true, true, null),
    /**
     * Blackboard Learn: GET login with client and deployment id (its platform storage is not verified, so not used
     * here); camel-case {@code lineItems}; service calls need {@code Bearer} with a capital B.
     */
    BLACKBOARD("/learn/api/v1/lti/courses/_42_1/lineItems", false, true, null),
    /**
     * Canvas: form POST login, often without lti_deployment_id, storage in the {@code post_message_forwarding} frame;
     * the client assertion's {@code aud} must be exactly the token URL; every token and service call without a
     * {@code User-Agent} gets 401.
     */
    CANVAS("/api/lti/courses/42/line_items", true, false, "post_message_forwarding"),
    /** A platform that answers storage messages in the parent window itself (the 1EdTech reference implementation). */
    PARENT_STORAGE("/lineitems", true, true, "_parent");

    private final String lineItemsPath;
    public final boolean postLogin;
    public final boolean sendsDeploymentId;
    public final String storageTarget;

    PlatformProfile(String lineItemsPath, boolean postLogin, boolean sendsDeploymentId, String storageTarget) {
        this.lineItemsPath = lineItemsPath;
        this.postLogin = postLogin;
        this.sendsDeploymentId = sendsDeploymentId;
        this.storageTarget = storageTarget;
    }

    /** The path of the context's line items container on this platform. */
    public String lineItemsPath() {
        return lineItemsPath;
    }

    /** The query every Moodle line item URL carries. */
    public String query() {
        return this == MOODLE ? "?type_id=3" : "";
    }
}
