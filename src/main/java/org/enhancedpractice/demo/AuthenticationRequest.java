package org.enhancedpractice.demo;

import org.enhancedpractice.platform.Problem;

/** The tool's OIDC authentication request as the demo platform receives it (Security Framework §5.1.1.2). */
record AuthenticationRequest(String scope, String responseType, String responseMode, String prompt, String clientId,
                             String redirectUri, String loginHint, String state, String nonce) {

    /** The same refusals a strict platform makes (Moodle's auth.php checks these). */
    void check(DemoRegistration registration) {
        if (!registration.registered() || !registration.clientId().equals(clientId)) {
            throw reject("client_id is not registered with the demo platform");
        }
        if (!"openid".equals(scope) || !"id_token".equals(responseType) || !"form_post".equals(responseMode)
                || !"none".equals(prompt)) {
            throw reject("scope=openid, response_type=id_token, response_mode=form_post and prompt=none are required");
        }
        if (redirectUri == null || !registration.redirectUris().contains(redirectUri)) {
            throw reject("redirect_uri is not one the tool registered");
        }
        if (nonce == null || nonce.isBlank() || state == null || state.isBlank()) {
            throw reject("nonce and state are required");
        }
    }

    private static Problem reject(String detail) {
        return new Problem(400, "demo_invalid_request", "Invalid authentication request", detail);
    }
}
