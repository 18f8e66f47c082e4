package org.enhancedpractice.lti;

/** Every LTI claim name and fixed value, defined once (LTI Core 1.3 §5.3–5.4, Deep Linking 2.0 §4.4). */
public final class LtiClaims {
    private LtiClaims() {
    }

    public static final String BASE = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String MESSAGE_TYPE = BASE + "message_type";
    public static final String VERSION = BASE + "version";
    public static final String DEPLOYMENT_ID = BASE + "deployment_id";
    public static final String TARGET_LINK_URI = BASE + "target_link_uri";
    public static final String RESOURCE_LINK = BASE + "resource_link";
    public static final String ROLES = BASE + "roles";
    public static final String CONTEXT = BASE + "context";
    public static final String TOOL_PLATFORM = BASE + "tool_platform";
    public static final String LAUNCH_PRESENTATION = BASE + "launch_presentation";
    public static final String CUSTOM = BASE + "custom";
    public static final String ROLE_SCOPE_MENTOR = BASE + "role_scope_mentor";
    public static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";
    public static final String AGS_ENDPOINT = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    public static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

    public static final String LTI_VERSION = "1.3.0";
    public static final String RESOURCE_LINK_REQUEST = "LtiResourceLinkRequest";
    public static final String DEEP_LINKING_REQUEST = "LtiDeepLinkingRequest";

    public static final String PLATFORM_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-platform-configuration";
    public static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";
    public static final String CONTEXT_COURSE_OFFERING = "http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering";

    public static final String SCOPE_AGS_LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    public static final String SCOPE_AGS_LINEITEM_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly";
    public static final String SCOPE_AGS_RESULT_READONLY = "https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly";
    public static final String SCOPE_AGS_SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    public static final String SCOPE_NRPS = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";
}
