package org.enhancedpractice.lti;

import org.enhancedpractice.platform.Problem;

/**
 * Every way the tool refuses an LTI message, with a stable code and the HTTP status it answers with.
 * Codes appear on the error page, in the log and in tests.
 */
public enum LtiError {
    // OIDC login initiation (Security Framework §5.1.1.1)
    LOGIN_MISSING_PARAMETER(400, "The login request is incomplete"),
    LOGIN_UNKNOWN_PLATFORM(400, "This platform is not registered with the tool"),
    LOGIN_AMBIGUOUS_CLIENT(400, "The platform has several registrations and did not say which one"),
    LOGIN_REGISTRATION_NOT_ACTIVE(403, "This platform's registration is waiting for approval"),
    LOGIN_UNKNOWN_DEPLOYMENT(400, "This deployment of the tool is not known"),
    LOGIN_TARGET_NOT_TOOL(400, "The target link is not on this tool"),
    LOGIN_INVALID_PARAMETER(400, "A login parameter is not acceptable"),
    /** Shown by the login page's script when the platform did not store the login's value (lti-cs-oidc v0.1). */
    LOGIN_STORAGE_UNAVAILABLE(400, "The VLE did not keep the tool's sign-in check"),
    // Launch: state and id_token (Security Framework §5.1.3, LTI Core §5)
    LAUNCH_MISSING_PARAMETER(400, "The launch request is incomplete"),
    LAUNCH_UNKNOWN_STATE(400, "This launch was not started here, or was already used"),
    LAUNCH_STATE_EXPIRED(400, "This launch took too long to complete"),
    LAUNCH_STATE_MISMATCH(400, "This launch belongs to another browser session"),
    LAUNCH_BROWSER_NOT_BOUND(403, "Your browser did not keep the tool's sign-in check"),
    LAUNCH_STORAGE_MISMATCH(400, "The VLE returned another sign-in check than this launch's"),
    LAUNCH_STORAGE_UNAVAILABLE(400, "The VLE did not return the tool's sign-in check"),
    LAUNCH_MALFORMED_TOKEN(400, "The launch token is not a signed JWT"),
    LAUNCH_UNSUPPORTED_ALGORITHM(401, "The launch token is not signed with RS256"),
    LAUNCH_MISSING_KID(401, "The launch token does not name its signing key"),
    LAUNCH_UNKNOWN_KID(401, "The launch token is signed with a key the platform does not publish"),
    LAUNCH_INVALID_SIGNATURE(401, "The launch token's signature is not valid"),
    LAUNCH_PLATFORM_KEYS_UNAVAILABLE(502, "The platform's keys could not be fetched"),
    LAUNCH_ISSUER_MISMATCH(401, "The launch token comes from another platform"),
    LAUNCH_AUDIENCE_MISMATCH(401, "The launch token is not meant for this tool"),
    LAUNCH_AZP_MISMATCH(401, "The launch token's authorized party is not this tool"),
    LAUNCH_MISSING_EXP(401, "The launch token has no expiry"),
    LAUNCH_EXPIRED(401, "The launch token has expired"),
    LAUNCH_MISSING_IAT(401, "The launch token has no issue time"),
    LAUNCH_ISSUED_IN_FUTURE(401, "The launch token was issued in the future"),
    LAUNCH_NONCE_MISMATCH(401, "The launch token was not issued for this login"),
    LAUNCH_MISSING_VERSION(400, "The launch is not an LTI 1.3 message: no version"),
    LAUNCH_WRONG_VERSION(400, "The launch uses an unsupported LTI version"),
    LAUNCH_MISSING_MESSAGE_TYPE(400, "The launch has no message type"),
    LAUNCH_UNSUPPORTED_MESSAGE_TYPE(400, "The launch message type is not supported"),
    LAUNCH_MISSING_DEPLOYMENT_ID(400, "The launch has no deployment id"),
    LAUNCH_UNKNOWN_DEPLOYMENT(403, "This deployment of the tool is not known"),
    LAUNCH_DEPLOYMENT_MISMATCH(400, "The launch's deployment differs from the one given at login"),
    LAUNCH_MISSING_SUB(400, "The launch does not identify the user"),
    LAUNCH_MISSING_ROLES(400, "The launch has no roles claim"),
    LAUNCH_MISSING_RESOURCE_LINK(400, "The launch has no resource link id"),
    LAUNCH_MISSING_TARGET_LINK_URI(400, "The launch has no target link"),
    LAUNCH_MISSING_DEEP_LINKING_SETTINGS(400, "The deep-linking request has no settings"),
    LAUNCH_INVALID_CLAIM(400, "A launch claim has the wrong form"),
    LAUNCH_REGISTRATION_NOT_ACTIVE(403, "This platform's registration is not active"),
    // Dynamic Registration 1.0
    REGISTRATION_MISSING_PARAMETER(400, "The registration request is incomplete"),
    REGISTRATION_BAD_CONFIGURATION_URL(400, "The platform configuration URL is not acceptable"),
    REGISTRATION_CONFIGURATION_UNAVAILABLE(502, "The platform configuration could not be fetched"),
    REGISTRATION_INVALID_CONFIGURATION(400, "The platform configuration is not valid"),
    REGISTRATION_REJECTED_BY_PLATFORM(502, "The platform refused the tool's registration"),
    REGISTRATION_INVALID_RESPONSE(502, "The platform's registration answer is not valid");

    private final int status;
    private final String title;

    LtiError(int status, String title) {
        this.status = status;
        this.title = title;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    public Problem problem(String detail) {
        return new LtiProblem(this, detail);
    }

    /** A {@link Problem} that remembers which LTI rule failed. */
    public static final class LtiProblem extends Problem {
        private final LtiError error;

        LtiProblem(LtiError error, String detail) {
            super(error.status, error.code(), error.title, detail);
            this.error = error;
        }

        public LtiError error() {
            return error;
        }
    }
}
