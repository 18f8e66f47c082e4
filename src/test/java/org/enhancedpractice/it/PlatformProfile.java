package org.enhancedpractice.it;

/**
 * How a test platform's services behave, after the real platforms (see DESIGN.md "Platform realities" and the
 * research notes): each profile refuses what its original refuses, so a test that passes proves the tool copes.
 */
public enum PlatformProfile {
    /** A plain AGS 2.0 / NRPS 2.0 platform; grants only the score and membership scopes (the foundation's tests). */
    STANDARD("/lineitems"),
    /**
     * Moodle 4.x: {@code ?type_id=} on every line item URL; 409 for a score not in a later whole second than the
     * stored grade; scoreGiven ignored unless FullyGraded; 400 "Incorrect score received" for a user who cannot be
     * graded; typographic quotes in Link headers; "grade sync only" grants no {@code lineitem} scope.
     */
    MOODLE("/mod/lti/services.php/42/lineitems"),
    /** Blackboard Learn: camel-case {@code lineItems}; service calls need {@code Bearer} with a capital B. */
    BLACKBOARD("/learn/api/v1/lti/courses/_42_1/lineItems"),
    /**
     * Canvas: the client assertion's {@code aud} must be exactly the token URL (one string, no trailing slash); every
     * token and service call without a {@code User-Agent} gets 401.
     */
    CANVAS("/api/lti/courses/42/line_items");

    private final String lineItemsPath;

    PlatformProfile(String lineItemsPath) {
        this.lineItemsPath = lineItemsPath;
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
