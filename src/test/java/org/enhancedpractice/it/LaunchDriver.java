package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Drives the browser's part of an LTI launch against the tool at {@link Deployments#baseUrl()}. Like a browser that
 * keeps the tool's cookies, it remembers every cookie the tool sets and sends them back on launches.
 */
public final class LaunchDriver {
    private final Browser browser = new Browser();
    private final String base = Deployments.baseUrl();
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();

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
        return remember(post ? browser.postForm(base + "/lti/login", params)
                : browser.get(base + "/lti/login?" + Browser.encode(params)));
    }

    /** Login initiation the way {@code profile}'s VLE sends it (method, deployment id, storage target). */
    public HttpResponse<String> login(TestPlatform platform, PlatformProfile profile, String loginHint) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", loginHint);
        params.put("target_link_uri", base + "/lti/launch");
        params.put("client_id", platform.clientId);
        if (profile.sendsDeploymentId) {
            params.put("lti_deployment_id", platform.deploymentId);
        }
        if (profile.storageTarget != null) {
            params.put("lti_storage_target", profile.storageTarget);
        }
        return remember(profile.postLogin ? browser.postForm(base + "/lti/login", params)
                : browser.get(base + "/lti/login?" + Browser.encode(params)));
    }

    /** The cookies the tool set and has not cleared, by name. */
    public Map<String, String> cookies() {
        return Map.copyOf(cookies);
    }

    public void forgetCookies() {
        cookies.clear();
    }

    private HttpResponse<String> remember(HttpResponse<String> response) {
        for (String header : response.headers().allValues("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String name = pair.substring(0, eq).trim();
            if (header.contains("Max-Age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, pair.substring(eq + 1).trim());
            }
        }
        return response;
    }

    private HttpResponse<String> postWithCookies(String url, Map<String, String> form) {
        java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(Browser.encode(form)));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue())
                    .collect(java.util.stream.Collectors.joining("; ")));
        }
        return remember(browser.send(request.build()));
    }

    /** The authentication request the tool redirected to, as query parameters. */
    public static Map<String, String> authenticationRequest(HttpResponse<String> loginResponse) {
        assertEquals(302, loginResponse.statusCode(), () -> "login was not redirected: " + loginResponse.body());
        return Browser.query(URI.create(loginResponse.headers().firstValue("Location").orElseThrow()));
    }

    /** Follows the redirect to the platform and posts its id_token form back to the tool. */
    public HttpResponse<String> complete(HttpResponse<String> loginResponse) {
        remember(loginResponse);
        String location = loginResponse.headers().firstValue("Location").orElseThrow();
        HttpResponse<String> authForm = browser.get(location);
        assertEquals(200, authForm.statusCode(), authForm::body);
        return postWithCookies(Browser.formAction(authForm.body()), Browser.hiddenFields(authForm.body()));
    }

    public HttpResponse<String> launch(String idToken, String state) {
        return postWithCookies(base + "/lti/launch", Map.of("id_token", idToken, "state", state));
    }

    public HttpResponse<String> register(TestPlatform platform, String token) {
        return browser.get(base + "/lti/register?openid_configuration="
                + URLEncoder.encode(platform.openidConfigurationUrl().toString(), StandardCharsets.UTF_8)
                + "&registration_token=" + URLEncoder.encode(token, StandardCharsets.UTF_8));
    }

    /** The configuration JSON of a platform-storage page (login: step "put", launch: step "get"). */
    public static jakarta.json.JsonObject platformStorageConfig(String page) {
        var m = java.util.regex.Pattern.compile("<script type=\"application/json\" id=\"ept-storage\">(.*?)</script>",
                java.util.regex.Pattern.DOTALL).matcher(page);
        if (!m.find()) {
            throw new AssertionError("Not a platform-storage page:\n" + page);
        }
        return jakarta.json.Json.createReader(new java.io.StringReader(m.group(1))).readObject();
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
