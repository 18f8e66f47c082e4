package org.enhancedpractice.lti.login;

import org.enhancedpractice.lti.LtiError;

/** The platform's login initiation parameters (Security Framework §5.1.1.1, LTI Core §4.1.1). */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String ltiMessageHint,
                           String clientId, String deploymentId, String storageTarget) {
    public LoginRequest {
        require(issuer, "iss");
        require(loginHint, "login_hint");
        require(targetLinkUri, "target_link_uri");
        clientId = blankToNull(clientId);
        deploymentId = blankToNull(deploymentId);
        ltiMessageHint = ltiMessageHint == null || ltiMessageHint.isEmpty() ? null : ltiMessageHint;
        storageTarget = blankToNull(storageTarget);
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw LtiError.LOGIN_MISSING_PARAMETER.problem("The platform did not send the required parameter '" + name
                    + "' (LTI Core 1.3 §4.1.1).");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
