package org.enhancedpractice.it;

/**
 * How a real VLE starts a login (see /work/shared/notes/lti.md §2 and docs/lti.md "What each VLE does"): HTTP method,
 * whether {@code lti_deployment_id} is sent, and which {@code lti_storage_target} (none when the platform offers no
 * platform storage).
 */
public enum PlatformProfile {
    /** Moodle 4.x: form POST with client and deployment id; no platform storage anywhere in its source. */
    MOODLE(true, true, null),
    /** Blackboard Learn: GET with client and deployment id; its platform storage is not verified, so not used here. */
    BLACKBOARD(false, true, null),
    /** Canvas: form POST, often without lti_deployment_id; storage in the {@code post_message_forwarding} frame. */
    CANVAS(true, false, "post_message_forwarding"),
    /** A platform that answers storage messages in the parent window itself (the 1EdTech reference implementation). */
    PARENT_STORAGE(true, true, "_parent");

    public final boolean postLogin;
    public final boolean sendsDeploymentId;
    public final String storageTarget;

    PlatformProfile(boolean postLogin, boolean sendsDeploymentId, String storageTarget) {
        this.postLogin = postLogin;
        this.sendsDeploymentId = sendsDeploymentId;
        this.storageTarget = storageTarget;
    }
}
