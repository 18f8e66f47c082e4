package org.enhancedpractice.xapi;

/** xAPI vocabulary used by the tool, each IRI defined once. */
public final class Xapi {
    private Xapi() {
    }

    /** The 1.0.x version the LRS answers with (Part 3 §6.2); {@link XapiVersion} lists every version it speaks. */
    public static final String VERSION = "1.0.3";
    /** The usageType of an attachment holding a statement's JWS signature (Part 2 §2.6). */
    public static final String ATTACHMENT_SIGNATURE = "http://adlnet.gov/expapi/attachments/signature";
    /** ADL verb that voids the statement its StatementRef names (xAPI 1.0.3 Part 2 §2.3.2). */
    public static final String VERB_VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    public static final String HEADER_VERSION = "X-Experience-API-Version";
    public static final String HEADER_CONSISTENT_THROUGH = "X-Experience-API-Consistent-Through";
    /** ADL verb; cmi5 uses the same IRI for its "launched" statement (cmi5 §9.3.2). */
    public static final String VERB_LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String ACTIVITY_TYPE_LINK = "http://adlnet.gov/expapi/activities/link";
    public static final String ACTIVITY_TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    /** Tool extension: the LTI message type of the launch. */
    public static final String EXTENSION_LTI_MESSAGE_TYPE = "https://enhancedpractice.org/xapi/extensions/lti-message-type";
    /** Tool extension: the LTI roles of the launch, as full URIs. */
    public static final String EXTENSION_LTI_ROLES = "https://enhancedpractice.org/xapi/extensions/lti-roles";
}
