package org.enhancedpractice.lti.login;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.enhancedpractice.lti.LtiError;

/**
 * The platform's login initiation parameters (Security Framework §5.1.1.1, LTI Core §4.1.1), plus
 * {@code lti_storage_target} from 1EdTech "OIDC Login with LTI Client Side postMessages" v0.1.
 */
public record LoginRequest(String issuer, String loginHint, String targetLinkUri, String ltiMessageHint,
                           String clientId, String deploymentId, String storageTarget) {
    /** Column sizes of lti_login_state (V1, V7): longer values are refused, not truncated. */
    static final int MAX_LOGIN_HINT = 2000;
    static final int MAX_MESSAGE_HINT = 10_000;

    public LoginRequest {
        require(issuer, "iss");
        require(loginHint, "login_hint");
        require(targetLinkUri, "target_link_uri");
        clientId = blankToNull(clientId);
        deploymentId = blankToNull(deploymentId);
        ltiMessageHint = ltiMessageHint == null || ltiMessageHint.isEmpty() ? null : ltiMessageHint;
        storageTarget = blankToNull(storageTarget);
        limit(loginHint, MAX_LOGIN_HINT, "login_hint");
        limit(ltiMessageHint, MAX_MESSAGE_HINT, "lti_message_hint");
        if (storageTarget != null && StorageTarget.invalid(storageTarget)) {
            throw LtiError.LOGIN_INVALID_PARAMETER.problem("lti_storage_target must be '_parent' or a frame name of "
                    + "letters, digits and _.:- (at most 100).");
        }
    }

    /** The parameters as a query string, without {@code lti_storage_target}: a login that binds by cookie. */
    public String cookieLoginQuery() {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", issuer);
        params.put("login_hint", loginHint);
        params.put("target_link_uri", targetLinkUri);
        putIfPresent(params, "lti_message_hint", ltiMessageHint);
        putIfPresent(params, "client_id", clientId);
        putIfPresent(params, "lti_deployment_id", deploymentId);
        StringBuilder query = new StringBuilder();
        params.forEach((k, v) -> query.append(query.length() == 0 ? "" : "&").append(k).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private static void putIfPresent(Map<String, String> params, String name, String value) {
        if (value != null) {
            params.put(name, value);
        }
    }

    private static void require(String value, String name) {
        if (value == null || value.isBlank()) {
            throw LtiError.LOGIN_MISSING_PARAMETER.problem("The platform did not send the required parameter '" + name
                    + "' (LTI Core 1.3 §4.1.1).");
        }
    }

    private static void limit(String value, int max, String name) {
        if (value != null && value.length() > max) {
            throw LtiError.LOGIN_INVALID_PARAMETER.problem("'" + name + "' is longer than " + max + " characters.");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
