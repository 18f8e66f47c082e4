package org.enhancedpractice.xapi;

/** xAPI vocabulary used by the tool, each IRI defined once. */
public final class Xapi {
    private Xapi() {
    }

    public static final String VERSION = "1.0.3";
    /** ADL verb; cmi5 uses the same IRI for its "launched" statement (cmi5 §9.3.2). */
    public static final String VERB_LAUNCHED = "http://adlnet.gov/expapi/verbs/launched";
    public static final String ACTIVITY_TYPE_LINK = "http://adlnet.gov/expapi/activities/link";
    public static final String ACTIVITY_TYPE_COURSE = "http://adlnet.gov/expapi/activities/course";
    /** Tool extension: the LTI message type of the launch. */
    public static final String EXTENSION_LTI_MESSAGE_TYPE = "https://enhancedpractice.org/xapi/extensions/lti-message-type";
    /** Tool extension: the LTI roles of the launch, as full URIs. */
    public static final String EXTENSION_LTI_ROLES = "https://enhancedpractice.org/xapi/extensions/lti-roles";
}
