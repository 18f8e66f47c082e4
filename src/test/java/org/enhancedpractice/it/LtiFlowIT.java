package org.enhancedpractice.it;

import static org.enhancedpractice.it.TestPlatform.INSTRUCTOR;
import static org.enhancedpractice.it.TestPlatform.LTI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.jwk.JWKSet;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The foundation's flows against a real Payara Micro on PostgreSQL, driven over HTTP by test platforms that
 * speak LTI 1.3: dynamic registration then a learner launch, a static registration launch, and the login rules.
 * Forged and malformed launches: {@link ForgedLaunchCases}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LtiFlowIT {
    static TestPlatform dynamicPlatform;
    static TestPlatform staticPlatform;
    private final LaunchDriver driver = new LaunchDriver();
    private final String base = Deployments.baseUrl();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @BeforeAll
    static void startPlatforms() {
        dynamicPlatform = new TestPlatform(0);
        staticPlatform = StaticPlatform.start();
    }

    @AfterAll
    static void stopPlatforms() {
        dynamicPlatform.close();
        staticPlatform.close();
    }

    @Test
    void registersDynamicallyThenLaunchesLearner() {
        try (TestPlatform platform = new TestPlatform(0)) {
            registerThenLaunch(platform);
        }
    }

    private void registerThenLaunch(TestPlatform platform) {
        HttpResponse<String> registered = driver.register(platform, platform.registrationToken);
        assertEquals(200, registered.statusCode(), registered::body);
        assertEquals("it-client-1", Browser.elementText(registered.body(), "client-id"));
        assertTrue(registered.body().contains("data-status=\"ACTIVE\""), registered::body);
        assertTrue(registered.body().contains("org.imsglobal.lti.close"));

        assertEquals(List.of("Bearer " + platform.registrationToken), platform.registrationAuthorizations);
        JsonObject request = platform.registrationRequests.get(0);
        assertEquals(base + "/lti/login", request.getString("initiate_login_uri"));
        assertEquals(base + "/lti/launch", request.getJsonArray("redirect_uris").getString(0));
        assertEquals(base + "/lti/jwks", request.getString("jwks_uri"));
        assertEquals("private_key_jwt", request.getString("token_endpoint_auth_method"));
        assertEquals("https://purl.imsglobal.org/spec/lti-ags/scope/score", request.getString("scope"),
                "only the scopes the platform offers are requested");
        assertTrue(request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration")
                .getJsonArray("messages").toString().contains("LtiDeepLinkingRequest"));

        HttpResponse<String> landing = driver.complete(driver.login(platform, "learner-7", "it-deployment-1", true));
        assertEquals(200, landing.statusCode(), landing::body);
        assertEquals("Occupational therapy: complex discharge planning", Browser.elementText(landing.body(), "resource-title"));
        assertEquals("Learner", Browser.elementText(landing.body(), "tool-role"));

        JsonObject session = session(LaunchDriver.sessionToken(landing.body()));
        JsonObject statement = session.getJsonObject("launchStatement");
        assertEquals(platform.issuer(), statement.getJsonObject("actor").getJsonObject("account").getString("homePage"));
        assertEquals("learner-7", statement.getJsonObject("actor").getJsonObject("account").getString("name"));
        assertEquals("http://adlnet.gov/expapi/verbs/launched", statement.getJsonObject("verb").getString("id"));
        assertTrue(statement.getJsonObject("object").getString("id").endsWith("/resource-links/rl-ot-1"));
        assertNotNull(statement.getString("stored"));
    }

    @Test
    void launchesTutorThroughStaticPlatformFileWithGetLogin() {
        staticPlatform.claimsCustomiser = claims -> claims.claim(LTI + "roles", List.of(INSTRUCTOR, "Mentor"));
        try {
            HttpResponse<String> login = driver.login(staticPlatform, "bb-user-uuid-1", "site-a", false);
            Map<String, String> auth = LaunchDriver.authenticationRequest(login);
            assertEquals(base + "/lti/launch", auth.get("redirect_uri"));
            assertEquals("{\"cmid\":7,\"launchid\":\"a b&c\"}", auth.get("lti_message_hint"), "echoed untouched");
            assertEquals("openid", auth.get("scope"));
            assertEquals("id_token", auth.get("response_type"));
            assertEquals("form_post", auth.get("response_mode"));
            assertEquals("none", auth.get("prompt"));
            assertEquals("static-client", auth.get("client_id"));
            assertEquals("bb-user-uuid-1", auth.get("login_hint"));

            HttpResponse<String> landing = driver.complete(login);
            assertEquals(200, landing.statusCode(), landing::body);
            assertEquals("Tutor", Browser.elementText(landing.body(), "tool-role"));
            JsonObject account = session(LaunchDriver.sessionToken(landing.body()))
                    .getJsonObject("launchStatement").getJsonObject("actor").getJsonObject("account");
            assertEquals(staticPlatform.issuer() + "/lti/static-client/site-a", account.getString("homePage"),
                    "a shared issuer is qualified by client and deployment");
        } finally {
            staticPlatform.claimsCustomiser = c -> c;
        }
    }

    @Test
    void sessionApiRefusesMissingAndForgedTokens() {
        assertEquals(401, driver.browser().get(base + "/api/session", "Accept", "application/json").statusCode());
        HttpResponse<String> forged = driver.browser().get(base + "/api/session", "Authorization",
                "Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl");
        assertEquals(401, forged.statusCode());
        assertTrue(forged.body().contains("\"code\":\"session_invalid\""), forged::body);
    }

    @Test
    void loginRefusesUnknownPlatformForeignTargetAndUnknownDeployment() {
        assertLoginError("login_unknown_platform", Map.of("iss", "https://unknown.example", "login_hint", "u",
                "target_link_uri", base + "/lti/launch"));
        assertLoginError("login_target_not_tool", Map.of("iss", staticPlatform.issuer(), "login_hint", "u",
                "target_link_uri", "https://evil.example/lti/launch", "client_id", "static-client"));
        assertLoginError("login_unknown_deployment", Map.of("iss", staticPlatform.issuer(), "login_hint", "u",
                "target_link_uri", base + "/lti/launch", "client_id", "static-client", "lti_deployment_id", "site-z"));
        assertLoginError("login_missing_parameter", Map.of("iss", staticPlatform.issuer()));
    }

    @Test
    void runsOnPostgresql() {
        HttpResponse<String> health = driver.browser().get(base + "/health/ready", "Accept", "application/json");
        assertEquals(200, health.statusCode(), health::body);
        assertTrue(health.body().contains("\"product\":\"PostgreSQL\""), health::body);
    }

    @Test
    void publishesToolJwksWithCacheControl() throws Exception {
        HttpResponse<String> jwks = driver.browser().get(base + "/lti/jwks", "Accept", "application/json");
        assertEquals(200, jwks.statusCode());
        JWKSet set = JWKSet.parse(jwks.body());
        assertTrue(set.getKeys().size() >= 1);
        assertNotNull(set.getKeys().get(0).getKeyID());
        assertTrue(set.getKeys().stream().noneMatch(k -> k.isPrivate()), "no private key material");
        assertTrue(jwks.headers().firstValue("Cache-Control").orElse("").contains("max-age"));
    }

    @Test
    void refusesEveryForgedOrMalformedLaunch() {
        List<String> failures = new java.util.ArrayList<>();
        List<ForgedLaunchCases.Case> cases = ForgedLaunchCases.all();
        for (ForgedLaunchCases.Case c : cases) {
            Map<String, String> auth = LaunchDriver.authenticationRequest(
                    driver.login(staticPlatform, "forger-1", c.loginNamesDeployment() ? "site-a" : null, false));
            ForgedLaunchCases.Attempt attempt = c.forgery().forge(staticPlatform, auth.get("nonce"), auth.get("state"));
            HttpResponse<String> response = driver.launch(attempt.idToken(), attempt.state());
            String code = Browser.elementText(response.body(), "error-code");
            if (response.statusCode() < 400 || response.statusCode() >= 500 || !c.expectedCode().equals(code)) {
                failures.add(c.name() + ": expected 4xx " + c.expectedCode() + ", got " + response.statusCode() + " " + code);
            }
        }
        assertTrue(cases.size() >= 15);
        assertEquals(List.of(), failures);
    }

    @Test
    void refusesReplayedIdTokenAndReusedState() {
        HttpResponse<String> login = driver.login(staticPlatform, "learner-replay", "site-a", false);
        Map<String, String> auth = LaunchDriver.authenticationRequest(login);
        String token = staticPlatform.sign(staticPlatform.launchClaims("learner-replay", auth.get("nonce")).build());
        assertEquals(200, driver.launch(token, auth.get("state")).statusCode());

        HttpResponse<String> sameState = driver.launch(token, auth.get("state"));
        assertEquals(400, sameState.statusCode());
        assertEquals("launch_unknown_state", Browser.elementText(sameState.body(), "error-code"));

        String freshState = LaunchDriver.authenticationRequest(
                driver.login(staticPlatform, "learner-replay", "site-a", false)).get("state");
        HttpResponse<String> freshStateOldToken = driver.launch(token, freshState);
        assertEquals(401, freshStateOldToken.statusCode());
        assertEquals("launch_nonce_mismatch", Browser.elementText(freshStateOldToken.body(), "error-code"));
    }

    @Test
    void administratorDisablesAndApprovesRegistrations() {
        String admin = "Bearer it-admin-token-not-secret-0123456789abcdef";
        try (TestPlatform other = new TestPlatform(0)) {
            other.clientId = "it-client-admin";
            other.deploymentId = "7";
            assertEquals(200, driver.register(other, other.registrationToken).statusCode());
            assertEquals(401, driver.browser().get(base + "/admin/lti/registrations", "Authorization", "Bearer wrong").statusCode());
            HttpResponse<String> list = driver.browser().get(base + "/admin/lti/registrations", "Authorization", admin);
            assertEquals(200, list.statusCode(), list::body);
            String id = Json.createReader(new StringReader(list.body())).readObject().getJsonArray("registrations")
                    .getValuesAs(JsonObject.class).stream().filter(r -> r.getString("issuer").equals(other.issuer()))
                    .findFirst().orElseThrow().getString("id");

            assertEquals(200, adminPost(admin, id, "disable").statusCode());
            HttpResponse<String> refused = driver.login(other, "u1", "7", true);
            assertEquals(403, refused.statusCode());
            assertEquals("login_registration_not_active", Browser.elementText(refused.body(), "error-code"));

            assertEquals(200, adminPost(admin, id, "approve").statusCode());
            assertEquals(200, driver.complete(driver.login(other, "u1", "7", true)).statusCode());
        }
    }

    @Test
    void refusedLaunchStillConsumesItsState() {
        Map<String, String> auth = LaunchDriver.authenticationRequest(
                driver.login(staticPlatform, "learner-retry", "site-a", false));
        String forged = staticPlatform.sign(staticPlatform.launchClaims("learner-retry", "wrong-nonce").build());
        assertEquals("launch_nonce_mismatch", Browser.elementText(driver.launch(forged, auth.get("state")).body(), "error-code"));

        String valid = staticPlatform.sign(staticPlatform.launchClaims("learner-retry", auth.get("nonce")).build());
        HttpResponse<String> retry = driver.launch(valid, auth.get("state"));
        assertEquals(400, retry.statusCode());
        assertEquals("launch_unknown_state", Browser.elementText(retry.body(), "error-code"));
    }

    @Test
    void registrationWithoutDeploymentAdoptsOnlyTheFirstSignedOne() {
        try (TestPlatform canvasLike = new TestPlatform(0)) {
            canvasLike.clientId = "it-client-no-deployment";
            canvasLike.omitDeploymentInRegistration = true;
            assertEquals(200, driver.register(canvasLike, canvasLike.registrationToken).statusCode());

            canvasLike.deploymentId = "course-install-9";
            assertEquals(200, driver.complete(driver.login(canvasLike, "u9", null, true)).statusCode());

            canvasLike.deploymentId = "course-install-10";
            HttpResponse<String> second = driver.complete(driver.login(canvasLike, "u9", null, true));
            assertEquals(403, second.statusCode());
            assertEquals("launch_unknown_deployment", Browser.elementText(second.body(), "error-code"));
        }
    }

    @Test
    void rotatesToolKeysWithoutWithdrawingTheSigningKey() throws Exception {
        String admin = "Bearer it-admin-token-not-secret-0123456789abcdef";
        String signingKid = JWKSet.parse(driver.browser().get(base + "/lti/jwks", "Accept", "application/json").body())
                .getKeys().get(0).getKeyID();
        HttpResponse<String> added = adminSend(admin, "/admin/lti/keys");
        assertEquals(200, added.statusCode(), added::body);
        JsonObject addedKey = Json.createReader(new StringReader(added.body())).readObject().getJsonArray("keys")
                .getValuesAs(JsonObject.class).stream().filter(k -> "PUBLISHED".equals(k.getString("status")))
                .findFirst().orElseThrow();
        assertTrue(!addedKey.getBoolean("signing"), "a new key signs only after the activation delay");
        JWKSet published = JWKSet.parse(driver.browser().get(base + "/lti/jwks", "Accept", "application/json").body());
        assertNotNull(published.getKeyByKeyId(addedKey.getString("kid")), "published at once");
        assertNotNull(published.getKeyByKeyId(signingKid));

        HttpResponse<String> refused = adminSend(admin, "/admin/lti/keys/" + signingKid + "/retire");
        assertEquals(409, refused.statusCode());
        assertTrue(refused.body().contains("\"code\":\"key_in_use\""), refused::body);

        assertEquals(200, adminSend(admin, "/admin/lti/keys/" + addedKey.getString("kid") + "/retire").statusCode());
        JWKSet after = JWKSet.parse(driver.browser().get(base + "/lti/jwks", "Accept", "application/json").body());
        assertEquals(null, after.getKeyByKeyId(addedKey.getString("kid")), "a retired key leaves the JWKS");
        assertNotNull(after.getKeyByKeyId(signingKid));
        assertEquals(401, adminSend("Bearer nope", "/admin/lti/keys").statusCode());
    }

    private HttpResponse<String> adminSend(String authorization, String path) {
        return driver.browser().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + path))
                .header("Authorization", authorization).header("Accept", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }

    @Test
    void tutorReadsTheRosterThroughNrpsWithACachedServiceToken() {
        TestPlatform platform = registeredDynamicPlatform();
        platform.claimsCustomiser = claims -> claims.claim(LTI + "roles", List.of(INSTRUCTOR));
        String session;
        try {
            HttpResponse<String> landing = driver.complete(driver.login(platform, "tutor-1", "it-deployment-1", true));
            assertEquals(200, landing.statusCode(), landing::body);
            session = LaunchDriver.sessionToken(landing.body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
        for (int i = 0; i < 2; i++) {
            HttpResponse<String> roster = driver.browser().get(base + "/api/roster", "Authorization", "Bearer " + session);
            assertEquals(200, roster.statusCode(), roster::body);
            JsonObject body = Json.createReader(new StringReader(roster.body())).readObject();
            assertEquals(2, body.getInt("pages"), "followed the typographic-quote next link");
            assertEquals(List.of("learner-7:LEARNER", "tutor-1:TUTOR", "learner-8:LEARNER"),
                    body.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                            .map(m -> m.getString("userId") + ":" + m.getString("role")).toList());
        }
        assertEquals(List.of("granted"), platform.tokenRequests, "one token, verified with the tool's JWKS, then cached");
    }

    @Test
    void learnerCannotReadTheRoster() {
        TestPlatform platform = registeredDynamicPlatform();
        HttpResponse<String> landing = driver.complete(driver.login(platform, "learner-9", "it-deployment-1", true));
        HttpResponse<String> roster = driver.browser().get(base + "/api/roster", "Authorization",
                "Bearer " + LaunchDriver.sessionToken(landing.body()));
        assertEquals(403, roster.statusCode());
        assertTrue(roster.body().contains("roster_forbidden"), roster::body);
    }

    /** The dynamic platform, registered once whichever test runs first (tests do not depend on their order). */
    private TestPlatform registeredDynamicPlatform() {
        synchronized (LtiFlowIT.class) {
            if (dynamicPlatform.registrationRequests.isEmpty()) {
                assertEquals(200, driver.register(dynamicPlatform, dynamicPlatform.registrationToken).statusCode());
            }
        }
        return dynamicPlatform;
    }

    private HttpResponse<String> adminPost(String authorization, String id, String action) {
        return driver.browser().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(base + "/admin/lti/registrations/" + id + "/" + action))
                .header("Authorization", authorization).POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build());
    }

    private void assertLoginError(String code, Map<String, String> params) {
        HttpResponse<String> response = driver.browser().postForm(base + "/lti/login", params);
        assertEquals(code, Browser.elementText(response.body(), "error-code"), response::body);
        assertTrue(response.statusCode() >= 400 && response.statusCode() < 500, () -> "status " + response.statusCode());
    }

    private JsonObject session(String token) {
        HttpResponse<String> response = driver.browser().get(base + "/api/session", "Authorization", "Bearer " + token);
        assertEquals(200, response.statusCode(), response::body);
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
