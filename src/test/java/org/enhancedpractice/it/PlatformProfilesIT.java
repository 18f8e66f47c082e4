package org.enhancedpractice.it;

import static org.enhancedpractice.it.TestPlatform.INSTRUCTOR;
import static org.enhancedpractice.it.TestPlatform.LEARNER;
import static org.enhancedpractice.it.TestPlatform.LTI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The same end-to-end scenario against each VLE profile (issue 3 "Platform profiles"): register (dynamic for Moodle and
 * Canvas, the static file for Blackboard's shared issuer), a tutor places a module's knowledge check by Deep Linking
 * (response verified with the tool's JWKS, its line item created in the platform's gradebook as a VLE does), a learner
 * launches the placed link and passes the check through the cmi5 protocol, the score reaches the gradebook under that
 * profile's rules, and the tutor reads the roster.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PlatformProfilesIT {
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String DL_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    private final LaunchDriver driver = new LaunchDriver();
    private final String base = Deployments.baseUrl();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    private TestPlatform platform(PlatformProfile profile) {
        if (profile == PlatformProfile.BLACKBOARD) {
            TestPlatform learn = new TestPlatform(GradesIT.BLACKBOARD_PORT);
            learn.profile = profile;
            learn.issuerOverride = "https://blackboard.com";
            learn.clientId = "bb-application-it";
            learn.deploymentId = "bb-site-1";
            return learn;
        }
        TestPlatform platform = new TestPlatform(0);
        platform.profile = profile;
        platform.clientId = "it-profiles-" + profile.name().toLowerCase(java.util.Locale.ROOT);
        platform.deploymentId = "1";
        HttpResponse<String> registered = driver.register(platform, platform.registrationToken);
        assertEquals(200, registered.statusCode(), registered::body);
        return platform;
    }

    @ParameterizedTest
    @EnumSource(value = PlatformProfile.class, names = {"MOODLE", "BLACKBOARD", "CANVAS"})
    void placeLaunchScoreAndRoster(PlatformProfile profile) throws Exception {
        try (TestPlatform platform = platform(profile)) {
            platform.gradebook.gradable.add("learner-p1"); // enrolled in the VLE course, so gradable there
            String check = knowledgeCheck(platform, profile);
            Map<String, Object> item = deepLink(platform, profile, check);
            @SuppressWarnings("unchecked") Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
            String lineItemUrl = platform.gradebook.addItem((String) lineItem.get("label"),
                    ((Number) lineItem.get("scoreMaximum")).doubleValue(), "rl-placed", (String) lineItem.get("resourceId"));
            Map<String, Object> ags = Map.of("scope", List.of(AGS + "lineitem", AGS + "result.readonly", AGS + "score"),
                    "lineitems", platform.gradebook.lineItemsUrl(), "lineitem", lineItemUrl);

            String learner = launch(platform, profile, "learner-p1", LEARNER, claims -> claims
                    .claim(LTI + "resource_link", Map.of("id", "rl-placed", "title", lineItem.get("label")))
                    .claim(LTI + "custom", item.get("custom")).claim(AGS_CLAIM, ags));
            passTheCheck(learner, check);

            JsonObject score = awaitScore(platform, lineItemUrl, "learner-p1");
            assertEquals(90.0, score.getJsonNumber("scoreGiven").doubleValue(), score::toString);
            assertEquals(100.0, score.getJsonNumber("scoreMaximum").doubleValue());
            assertEquals("FullyGraded", score.getString("gradingProgress"));

            String tutor = launch(platform, profile, "tutor-p1", INSTRUCTOR, claims -> claims.claim(AGS_CLAIM, ags));
            HttpResponse<String> roster = get("/api/roster", "Bearer " + tutor);
            assertEquals(200, roster.statusCode(), roster::body);
            assertTrue(roster.body().contains("learner-7"), roster::body);
        }
    }

    private String knowledgeCheck(TestPlatform platform, PlatformProfile profile) {
        String session = launch(platform, profile, "tutor-p0", INSTRUCTOR, c -> c);
        JsonObject module = json(get("/api/catalogue/physiotherapy", "Bearer " + session).body());
        return module.getJsonArray("unitList").getValuesAs(JsonObject.class).stream()
                .filter(u -> u.getString("kind").equals("knowledge-check")).findFirst().orElseThrow().getString("id");
    }

    private Map<String, Object> deepLink(TestPlatform platform, PlatformProfile profile, String unit) throws Exception {
        String session = launch(platform, profile, "tutor-p0", INSTRUCTOR, c -> c
                .claim(LTI + "message_type", "LtiDeepLinkingRequest").claim(LTI + "resource_link", null)
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", platform.url() + "/dl-return", "accept_types", List.of("ltiResourceLink"),
                        "accept_presentation_document_targets", List.of("iframe", "window"),
                        "accept_lineitem", true, "data", "csrf-" + profile)));
        HttpResponse<String> response = post("/api/deep-linking", "Bearer " + session,
                "{\"items\":[{\"module\":\"physiotherapy\",\"unit\":\"" + unit + "\"}]}");
        assertEquals(200, response.statusCode(), response::body);
        SignedJWT jwt = SignedJWT.parse(json(response.body()).getString("jwt"));
        RSAKey key = (RSAKey) JWKSet.load(URI.create(base + "/lti/jwks").toURL()).getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(key)));
        assertEquals(platform.issuer(), jwt.getPayload().toJSONObject().get("aud"), "aud: the platform issuer, one string");
        assertEquals(platform.clientId, jwt.getJWTClaimsSet().getIssuer());
        assertEquals(platform.deploymentId, jwt.getJWTClaimsSet().getStringClaim(LTI + "deployment_id"));
        assertEquals("csrf-" + profile, jwt.getJWTClaimsSet().getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) jwt.getJWTClaimsSet()
                .getListClaim(DL_ITEMS).get(0);
        return item;
    }

    private void passTheCheck(String learner, String unit) throws Exception {
        HttpResponse<String> launched = post("/api/catalogue/physiotherapy/launch", "Bearer " + learner,
                "{\"au\":\"" + unit + "\"}");
        assertEquals(200, launched.statusCode(), launched::body);
        Map<String, String> params = Browser.query(URI.create(json(launched.body()).getString("url")));
        String token = json(post(params.get("fetch"), null, "").body()).getString("auth-token");
        Cmi5Au au = new Cmi5Au(http, params, token);
        JsonObject data = au.launchData();
        assertEquals(0.8, data.getJsonNumber("masteryScore").doubleValue());
        assertEquals(200, au.sendDefined("http://adlnet.gov/expapi/verbs/initialized", null));
        assertEquals(200, au.sendDefined("http://adlnet.gov/expapi/verbs/passed", result(
                "{\"success\":true,\"score\":{\"scaled\":0.9,\"raw\":9,\"min\":0,\"max\":10},\"duration\":\"PT3M\"}")));
        assertEquals(200, au.sendDefined("http://adlnet.gov/expapi/verbs/completed",
                result("{\"completion\":true,\"duration\":\"PT3M\"}")));
        assertEquals(200, au.sendDefined("http://adlnet.gov/expapi/verbs/terminated", result("{\"duration\":\"PT3M5S\"}")));
    }

    private JsonObject awaitScore(TestPlatform platform, String item, String user) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(45));
        while (Instant.now().isBefore(until)) {
            JsonObject score = platform.gradebook.score(item, user);
            if (score != null) {
                return score;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no score reached the platform; posted: " + platform.gradebook.posted);
    }

    private String launch(TestPlatform platform, PlatformProfile profile, String subject, String role,
                          java.util.function.UnaryOperator<com.nimbusds.jwt.JWTClaimsSet.Builder> more) {
        // Own resource link ids: the Blackboard registration (static file) and its context are shared with GradesIT in
        // the run's database, and a link's remembered services must not leak into that test.
        platform.claimsCustomiser = claims -> more.apply(claims.claim(LTI + "roles", List.of(role))
                .claim(LTI + "resource_link", Map.of("id", "rl-profiles-" + profile.name().toLowerCase(
                        java.util.Locale.ROOT), "title", "Profiles scenario")));
        try {
            HttpResponse<String> landing = driver.complete(driver.login(platform, subject,
                    profile.sendsDeploymentId ? platform.deploymentId : null, profile.postLogin));
            assertEquals(200, landing.statusCode(), landing::body);
            return LaunchDriver.sessionToken(landing.body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
    }

    private static JsonObject result(String json) {
        return Json.createReader(new StringReader(json)).readObject();
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private HttpResponse<String> get(String path, String authorization) {
        return driver.browser().get(base + path, "Authorization", authorization);
    }

    private HttpResponse<String> post(String path, String authorization, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
