package org.enhancedpractice.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.platform.Problem;
import org.junit.jupiter.api.Test;

/** Login parameters, including lti_storage_target (lti-cs-oidc v0.1) and the new-window relaunch query. */
class LoginRequestTest {
    private static LoginRequest withTarget(String target) {
        return new LoginRequest("https://canvas.instructure.com", "user-1", "https://ept.example/lti/launch",
                "eyJhbGciOi.hint", "10000000000001", null, target);
    }

    @Test
    void acceptsParentAndCanvasForwardingFrame() {
        assertEquals("_parent", withTarget("_parent").storageTarget());
        assertEquals("post_message_forwarding", withTarget("post_message_forwarding").storageTarget());
        assertNull(withTarget("  ").storageTarget(), "blank means no platform storage");
    }

    @Test
    void refusesStorageTargetThatIsNoFrameName() {
        Problem problem = assertThrows(Problem.class, () -> withTarget("x'];alert(1);//"));
        assertEquals(LtiError.LOGIN_INVALID_PARAMETER.code(), problem.code());
        assertEquals(LtiError.LOGIN_INVALID_PARAMETER.code(),
                assertThrows(Problem.class, () -> withTarget("f".repeat(101))).code());
    }

    @Test
    void refusesHintsLongerThanTheStateColumns() {
        Problem problem = assertThrows(Problem.class, () -> new LoginRequest("https://moodle.example", "u".repeat(2001),
                "https://ept.example/lti/launch", null, null, null, null));
        assertEquals(LtiError.LOGIN_INVALID_PARAMETER.code(), problem.code());
    }

    @Test
    void deploymentIdMayBeAbsentAsCanvasSendsIt() {
        assertNull(withTarget("post_message_forwarding").deploymentId());
    }

    @Test
    void newWindowQueryRepeatsEveryHintButNotTheStorageTarget() {
        LoginRequest request = new LoginRequest("https://moodle.example", "42", "https://ept.example/lti/launch",
                "{\"cmid\":7,\"launchid\":\"a b&c\"}", "client-1", "3", "_parent");
        String query = request.cookieLoginQuery();
        assertEquals("iss=https%3A%2F%2Fmoodle.example&login_hint=42&target_link_uri=https%3A%2F%2Fept.example%2Flti"
                + "%2Flaunch&lti_message_hint=%7B%22cmid%22%3A7%2C%22launchid%22%3A%22a+b%26c%22%7D&client_id=client-1"
                + "&lti_deployment_id=3", query);
        assertTrue(!query.contains("lti_storage_target"));
    }
}
