package org.enhancedpractice.bench;

import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

/**
 * One full launch as a browser and its platform perform it: form-post the login initiation, read state and nonce
 * from the tool's redirect to the authorization endpoint, mint the id_token for that nonce, form-post it with the
 * state (and the state cookie the browser would send back) and check that the landing page came back.
 */
final class LaunchFlow {
    static final String STATE_COOKIE = "ept_lti_state";
    static final String LANDING_MARK = "id=\"resource-title\"";
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final HttpClient http;
    private final BenchPlatform platform;
    private final URI loginUri;
    private final URI launchUri;

    LaunchFlow(HttpClient http, BenchPlatform platform) {
        this.http = http;
        this.platform = platform;
        String base = platform.identity().toolBase();
        this.loginUri = URI.create(base + "/lti/login");
        this.launchUri = URI.create(base + "/lti/launch");
    }

    StepTimes run(String subject) throws LaunchFailure, InterruptedException {
        long start = System.nanoTime();
        LoginAnswer login = login(subject);
        long loggedIn = System.nanoTime();
        String idToken = platform.tokens().mint(subject, login.nonce(), Instant.now());
        long signed = System.nanoTime();
        launch(idToken, login);
        long landed = System.nanoTime();
        return new StepTimes(loggedIn - start, signed - loggedIn, landed - signed);
    }

    private LoginAnswer login(String subject) throws LaunchFailure, InterruptedException {
        BenchIdentity id = platform.identity();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("iss", id.issuer());
        form.put("login_hint", subject);
        form.put("target_link_uri", launchUri.toString());
        form.put("client_id", id.clientId());
        form.put("lti_deployment_id", id.deploymentId());
        HttpResponse<String> answer = send("login", post(loginUri, form).build());
        if (answer.statusCode() != 302) {
            throw failure("login", answer);
        }
        return LoginAnswer.of(answer, id.issuer() + "/auth");
    }

    private void launch(String idToken, LoginAnswer login) throws LaunchFailure, InterruptedException {
        HttpRequest.Builder request = post(launchUri, Map.of("id_token", idToken, "state", login.state()));
        if (login.stateCookie() != null) {
            request.header("Cookie", login.stateCookie());
        }
        HttpResponse<String> answer = send("launch", request.build());
        if (answer.statusCode() != 200 || !answer.body().contains(LANDING_MARK)) {
            throw failure("launch", answer);
        }
    }

    private HttpResponse<String> send(String step, HttpRequest request) throws LaunchFailure, InterruptedException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LaunchFailure(step + " " + e.getClass().getSimpleName(), String.valueOf(e.getMessage()));
        }
    }

    private static HttpRequest.Builder post(URI uri, Map<String, String> form) {
        StringJoiner body = new StringJoiner("&");
        form.forEach((k, v) -> body.add(encode(k) + "=" + encode(v)));
        return HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
    }

    private static LaunchFailure failure(String step, HttpResponse<String> answer) {
        String body = answer.body();
        return new LaunchFailure(step + " HTTP " + answer.statusCode(),
                body.substring(0, Math.min(300, body.length())));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** What the browser keeps from the login answer: state and nonce (from Location) and the state cookie. */
    record LoginAnswer(String state, String nonce, String stateCookie) {
        static LoginAnswer of(HttpResponse<String> answer, String authorizationEndpoint) throws LaunchFailure {
            String location = answer.headers().firstValue("Location").orElse("");
            if (!location.startsWith(authorizationEndpoint + "?")) {
                throw new LaunchFailure("login redirect elsewhere", location);
            }
            Map<String, String> query = query(URI.create(location).getRawQuery());
            if (query.get("state") == null || query.get("nonce") == null) {
                throw new LaunchFailure("login redirect without state or nonce", location);
            }
            String cookie = answer.headers().allValues("Set-Cookie").stream()
                    .filter(c -> c.startsWith(STATE_COOKIE + "=")).map(c -> c.split(";", 2)[0])
                    .findFirst().orElse(null);
            return new LoginAnswer(query.get("state"), query.get("nonce"), cookie);
        }

        private static Map<String, String> query(String raw) {
            Map<String, String> params = new HashMap<>();
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return params;
        }
    }
}
