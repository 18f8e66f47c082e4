package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** Drives the browser's part of an LTI launch against the tool at {@link Deployments#baseUrl()}. */
public final class LaunchDriver {
    private final Browser browser = new Browser();
    private final String base = Deployments.baseUrl();

    public Browser browser() {
        return browser;
    }

    /** Login initiation as the platform's page would send it; returns the tool's answer (302 when accepted). */
    public HttpResponse<String> login(TestPlatform platform, String loginHint, String deploymentId, boolean post) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", loginHint);
        params.put("target_link_uri", base + "/lti/launch");
        params.put("lti_message_hint", "{\"cmid\":7,\"launchid\":\"a b&c\"}");
        params.put("client_id", platform.clientId);
        if (deploymentId != null) {
            params.put("lti_deployment_id", deploymentId);
        }
        return post ? browser.postForm(base + "/lti/login", params)
                : browser.get(base + "/lti/login?" + Browser.encode(params));
    }

    /** The authentication request the tool redirected to, as query parameters. */
    public static Map<String, String> authenticationRequest(HttpResponse<String> loginResponse) {
        assertEquals(302, loginResponse.statusCode(), () -> "login was not redirected: " + loginResponse.body());
        return Browser.query(URI.create(loginResponse.headers().firstValue("Location").orElseThrow()));
    }

    /** Follows the redirect to the platform and posts its id_token form back to the tool. */
    public HttpResponse<String> complete(HttpResponse<String> loginResponse) {
        String location = loginResponse.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> authForm = browser.get(location);
        assertEquals(200, authForm.statusCode(), authForm::body);
        return browser.postForm(Browser.formAction(authForm.body()), Browser.hiddenFields(authForm.body()));
    }

    public HttpResponse<String> launch(String idToken, String state) {
        return browser.postForm(base + "/lti/launch", Map.of("id_token", idToken, "state", state));
    }

    public HttpResponse<String> register(TestPlatform platform, String token) {
        return browser.get(base + "/lti/register?openid_configuration="
                + URLEncoder.encode(platform.openidConfigurationUrl().toString(), StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The session token embedded in the landing page's script. */
    public static String sessionToken(String landingPage) {
        var m = java.util.regex.Pattern.compile("const session = '([^']+)'").matcher(landingPage);
        if (!m.find()) {
            throw new AssertionError("No session token on the landing page:\n" + landingPage);
        }
        return m.group(1);
    }
}
