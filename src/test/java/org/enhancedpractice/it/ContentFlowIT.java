package org.enhancedpractice.it;

import static org.enhancedpractice.it.TestPlatform.INSTRUCTOR;
import static org.enhancedpractice.it.TestPlatform.LTI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Content over HTTP against a real Payara Micro on PostgreSQL: an administrator uploads a stock cmi5 package
 * (and broken ones, each refused with its reason), a tutor places a unit by Deep Linking (the signed response is
 * verified with the tool's published JWKS), and a learner launches the placed link, runs the AU's cmi5 protocol with
 * the one-time fetch token against the embedded LRS, and the LMS records satisfied.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ContentFlowIT {
    private static final String ADMIN = "Bearer it-admin-token-not-secret-0123456789abcdef";
    private static final String DEMO_LRS = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-secret-change-me".getBytes(StandardCharsets.UTF_8));
    static final String COURSE = "https://courses.example.ac.uk/hand-hygiene";
    static final String AU = COURSE + "/au/refresher";
    static TestPlatform platform;
    private final LaunchDriver driver = new LaunchDriver();
    private final String base = Deployments.baseUrl();
    private final HttpClient http = HttpClient.newHttpClient();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @BeforeAll
    static void start() {
        platform = new TestPlatform(0);
        platform.clientId = "content-client";
        platform.deploymentId = "content-deployment";
        HttpResponse<String> registered = new LaunchDriver().register(platform, platform.registrationToken);
        assertEquals(200, registered.statusCode(), registered::body);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    static byte[] zip(Map<String, String> files) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var file : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(file.getKey()));
                zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    static String stockCmi5(String courseId, String auId, String url) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%s">
                    <title><langstring lang="en-US">Hand hygiene refresher</langstring></title>
                    <description><langstring lang="en-US">An authoring-tool export.</langstring></description>
                  </course>
                  <au id="%s" moveOn="Completed" launchMethod="AnyWindow">
                    <title><langstring lang="en-US">Refresher</langstring></title>
                    <description><langstring lang="en-US">One unit.</langstring></description>
                    <url>%s</url>
                  </au>
                </courseStructure>
                """.formatted(courseId, auId, url);
    }

    private HttpResponse<String> upload(String name, byte[] zip) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/admin/content/packages/" + name))
                .header("Authorization", ADMIN).header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(zip)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private String uploadStock() throws Exception {
        HttpResponse<String> ok = upload("hand-hygiene", zip(Map.of("cmi5.xml", stockCmi5(COURSE, AU, "index_lms.html"),
                "index_lms.html", "<!DOCTYPE html><title>AU</title><p>Refresher</p>")));
        assertEquals(200, ok.statusCode(), ok::body);
        return "hand-hygiene";
    }

    @Test
    void refusesBrokenPackagesEachWithItsReasonWhileTheRestLoad() throws Exception {
        uploadStock();
        Map<String, byte[]> broken = Map.of(
                "bad-xml", zip(Map.of("cmi5.xml", "<courseStructure><course>")),
                "missing-au", zip(Map.of("cmi5.xml", stockCmi5("https://e.org/m", "https://e.org/m/au", "gone.html"))),
                "duplicate-ids", zip(Map.of("cmi5.xml", stockCmi5("https://e.org/d", "https://e.org/d", "a.html"),
                        "a.html", "x")),
                "traversal", zip(Map.of("cmi5.xml", "<x/>", "../../escape.txt", "x")),
                "same-course", zip(Map.of("cmi5.xml", stockCmi5(COURSE, COURSE + "/other", "a.html"), "a.html", "x")));
        Map<String, String> reasons = Map.of("bad-xml", "not well-formed XML", "missing-au", "not in the package",
                "duplicate-ids", "id is used twice", "traversal", "outside the package folder",
                "same-course", "already used by package 'hand-hygiene'");
        for (var entry : broken.entrySet()) {
            HttpResponse<String> refused = upload(entry.getKey(), entry.getValue());
            assertEquals(400, refused.statusCode(), entry.getKey() + ": " + refused.body());
            assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
            JsonArray problems = json(refused.body()).getJsonArray("problems");
            assertTrue(problems.toString().contains(reasons.get(entry.getKey())), entry.getKey() + ": " + problems);
        }
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create(base + "/admin/content"))
                .header("Authorization", ADMIN).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(list.body().contains("\"name\":\"hand-hygiene\""), list::body);
        HttpResponse<String> withoutToken = http.send(HttpRequest.newBuilder(URI.create(base
                + "/admin/content/packages/nope")).header("Content-Type", "application/zip")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[10])).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(401, withoutToken.statusCode(), "uploads need the administrator token");
    }

    @Test
    void tutorPlacesAUnitByDeepLinkingAndTheResponseVerifiesWithTheToolJwks() throws Exception {
        String key = uploadStock();
        JsonObject response = deepLink(List.of(Map.of("module", key, "unit", AU)), false);
        SignedJWT jwt = SignedJWT.parse(response.getString("jwt"));
        RSAKey toolKey = (RSAKey) JWKSet.load(URI.create(base + "/lti/jwks").toURL())
                .getKeyByKeyId(jwt.getHeader().getKeyID());
        assertTrue(jwt.verify(new RSASSAVerifier(toolKey)), "signed with a key the tool publishes");
        var claims = jwt.getJWTClaimsSet();
        assertEquals("content-client", claims.getIssuer());
        assertEquals(platform.issuer(), jwt.getPayload().toJSONObject().get("aud"));
        assertEquals("content-deployment", claims.getStringClaim(LTI + "deployment_id"));
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LTI + "message_type"));
        assertEquals("platform-data-\u00e9", claims.getStringClaim("https://purl.imsglobal.org/spec/lti-dl/claim/data"));
        @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) claims
                .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items").get(0);
        assertEquals(Map.of("module", COURSE, "unit", AU), item.get("custom"));
        assertEquals(base + "/lti/launch", item.get("url"));
        assertNotNull(item.get("lineItem"));
        assertEquals(platform.issuer() + "/dl-return", response.getString("returnUrl"));

        JsonObject cancelled = deepLink(List.of(), true);
        assertEquals(0, cancelled.getInt("items"));
        assertEquals(List.of(), SignedJWT.parse(cancelled.getString("jwt")).getJWTClaimsSet()
                .getListClaim("https://purl.imsglobal.org/spec/lti-dl/claim/content_items"));
    }

    private JsonObject deepLink(List<Map<String, String>> items, boolean cancel) throws Exception {
        platform.claimsCustomiser = c -> c.claim(LTI + "message_type", "LtiDeepLinkingRequest")
                .claim(LTI + "resource_link", null).claim(LTI + "roles", List.of(INSTRUCTOR))
                .claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", Map.of(
                        "deep_link_return_url", platform.issuer() + "/dl-return",
                        "accept_types", List.of("ltiResourceLink"), "accept_presentation_document_targets",
                        List.of("iframe"), "accept_multiple", true, "data", "platform-data-\u00e9"));
        try {
            HttpResponse<String> landing = driver.complete(driver.login(platform, "tutor-1", "content-deployment", true));
            assertEquals(200, landing.statusCode(), landing::body);
            assertTrue(landing.body().contains("deepLinking:{multiple:true"), landing::body);
            var body = Json.createObjectBuilder();
            var array = Json.createArrayBuilder();
            items.forEach(i -> array.add(Json.createObjectBuilder(Map.copyOf(i))));
            body.add("items", array).add("cancel", cancel);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/deep-linking"))
                    .header("Authorization", "Bearer " + LaunchDriver.sessionToken(landing.body()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.build().toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response::body);
            return json(response.body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
    }

    @Test
    void learnerLaunchesThePlacedUnitAndTheLmsRecordsSatisfied() throws Exception {
        uploadStock();
        platform.claimsCustomiser = c -> c.claim(LTI + "custom", Map.of("module", COURSE, "unit", AU));
        String session;
        try {
            HttpResponse<String> landing = driver.complete(driver.login(platform, "learner-c1", "content-deployment", true));
            assertEquals(200, landing.statusCode(), landing::body);
            assertTrue(landing.body().contains("module:\"hand-hygiene\""), "the placed link opens its module");
            session = LaunchDriver.sessionToken(landing.body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
        JsonObject module = json(get("/api/catalogue/hand-hygiene", "Bearer " + session).body());
        assertEquals("not-started", module.getJsonArray("unitList").getJsonObject(0).getString("status"));

        HttpResponse<String> launched = post("/api/catalogue/hand-hygiene/launch", "Bearer " + session,
                "{\"au\":\"" + AU + "\"}");
        assertEquals(200, launched.statusCode(), launched::body);
        URI url = URI.create(json(launched.body()).getString("url"));
        Map<String, String> params = Browser.query(url);
        assertTrue(url.getPath().endsWith("/content/hand-hygiene/index_lms.html"), url::toString);
        assertEquals(base + "/xapi/", params.get("endpoint"));
        assertFalse(params.get("activityId").equals(AU), "cmi5 §8.1.5: not the publisher id");
        JsonObject actor = json(params.get("actor"));
        assertEquals("learner-c1", actor.getJsonObject("account").getString("name"));

        HttpResponse<String> auPage = get(url.toString(), null);
        assertEquals(200, auPage.statusCode());
        assertTrue(auPage.headers().firstValue("Content-Security-Policy").orElse("").contains("connect-src 'self'"));

        String token = json(post(params.get("fetch"), null, "").body()).getString("auth-token");
        JsonObject second = json(post(params.get("fetch"), null, "").body());
        assertEquals("1", second.getString("error-code"), "cmi5 §8.2.3: the fetch URL is single use");

        Cmi5Au au = new Cmi5Au(http, params, token);
        JsonObject launchData = au.launchData();
        assertEquals("Normal", launchData.getString("launchMode"));
        HttpResponse<String> returnPage = get(launchData.getString("returnURL"), null);
        assertEquals(200, returnPage.statusCode(), "the returnURL (cmi5 §10.2.6) is a page of the tool");
        assertTrue(returnPage.body().contains("ept.au.closed"));
        assertEquals(400, au.sendStatus("http://adlnet.gov/expapi/verbs/completed", true, true),
                "cmi5 §9.3: completed before initialized is refused");
        assertEquals(200, au.sendStatus("http://adlnet.gov/expapi/verbs/initialized", false, true));
        assertEquals(200, au.sendStatus("http://adlnet.gov/expapi/verbs/completed", true, true));
        assertEquals(400, au.sendStatus("http://adlnet.gov/expapi/verbs/completed", true, true),
                "cmi5 §9.3: completed at most once");
        assertEquals(200, au.sendStatus("http://adlnet.gov/expapi/verbs/terminated", true, true));
        assertEquals(400, au.sendStatus("http://adlnet.gov/expapi/verbs/experienced", false, false),
                "cmi5 §9.3: nothing after terminated");

        JsonObject after = json(get("/api/catalogue/hand-hygiene", "Bearer " + session).body());
        assertEquals("done", after.getJsonArray("unitList").getJsonObject(0).getString("status"));
        assertTrue(after.getBoolean("satisfied"));
        String registration = params.get("registration");
        JsonObject satisfied = json(get("/xapi/statements?verb=" + enc("https://w3id.org/xapi/adl/verbs/satisfied")
                + "&registration=" + registration, DEMO_LRS).body());
        assertEquals(1, satisfied.getJsonArray("statements").size(), "the course (it has no blocks) satisfied once: "
                + satisfied);
        assertTrue(satisfied.toString().contains("https://w3id.org/xapi/cmi5/activitytype/course"));
    }

    @Test
    void aRelaunchAbandonsTheOpenSessionAndATutorCanWaiveTheUnit() throws Exception {
        uploadStock();
        HttpResponse<String> landing = driver.complete(driver.login(platform, "learner-a1", "content-deployment", true));
        String session = "Bearer " + LaunchDriver.sessionToken(landing.body());
        Map<String, String> first = Browser.query(URI.create(json(post("/api/catalogue/hand-hygiene/launch", session,
                "{\"au\":\"" + AU + "\"}").body()).getString("url")));
        Cmi5Au au = new Cmi5Au(http, first, json(post(first.get("fetch"), null, "").body()).getString("auth-token"));
        au.launchData();
        assertEquals(200, au.sendStatus("http://adlnet.gov/expapi/verbs/initialized", false, true));
        post("/api/catalogue/hand-hygiene/launch", session, "{\"au\":\"" + AU + "\"}");
        String abandoned = get("/xapi/statements?verb=" + enc("https://w3id.org/xapi/adl/verbs/abandoned")
                + "&registration=" + first.get("registration"), DEMO_LRS).body();
        assertEquals(1, json(abandoned).getJsonArray("statements").size(), abandoned);
        assertEquals(400, au.sendStatus("http://adlnet.gov/expapi/verbs/terminated", true, true),
                "cmi5 §9.3.6: nothing more is recorded for an abandoned session");

        platform.claimsCustomiser = c -> c.claim(LTI + "roles", List.of(INSTRUCTOR));
        String tutor;
        try {
            tutor = "Bearer " + LaunchDriver.sessionToken(driver.complete(driver.login(platform, "tutor-a1",
                    "content-deployment", true)).body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
        String waive = "{\"learner\":\"learner-a1\",\"au\":\"" + AU + "\",\"reason\":\"Equivalent Outside Activity\"}";
        assertEquals(403, post("/api/catalogue/hand-hygiene/waive", session, waive).statusCode(), "not for learners");
        HttpResponse<String> waived = post("/api/catalogue/hand-hygiene/waive", tutor, waive);
        assertEquals(200, waived.statusCode(), waived::body);
        assertTrue(json(waived.body()).getBoolean("waived"));
        assertTrue(json(post("/api/catalogue/hand-hygiene/waive", tutor, waive).body()).getBoolean("alreadyWaived"),
                "cmi5 §9.3.7: one waiver per AU and registration");
        JsonObject module = json(get("/api/catalogue/hand-hygiene", session).body());
        assertEquals("waived", module.getJsonArray("unitList").getJsonObject(0).getString("status"));
        assertTrue(module.getBoolean("satisfied"), "a waived AU meets its moveOn (§9.3.9)");
    }

    @Test
    void learnerLogsAWorkplaceActivityWithAnAttachmentAsEvidence() throws Exception {
        HttpResponse<String> landing = driver.complete(driver.login(platform, "learner-w1", "content-deployment", true));
        String session = "Bearer " + LaunchDriver.sessionToken(landing.body());
        JsonObject physio = json(get("/api/catalogue/physiotherapy", session).body());
        JsonObject activity = physio.getJsonArray("activityList").getJsonObject(0);
        String today = java.time.LocalDate.now(java.time.ZoneId.of("Europe/London")).minusDays(1).toString();
        byte[] file = "Supervisor feedback: safe, well reasoned.".getBytes(StandardCharsets.UTF_8);
        String entry = Json.createObjectBuilder().add("type", activity.getString("type")).add("module", "physiotherapy")
                .add("activity", activity.getString("id")).add("occurredOn", today).add("hours", 2.5)
                .add("offTheJob", true).add("description", "Ran the first-contact clinic with my supervisor, Mrs Okafor.")
                .add("ksbs", Json.createArrayBuilder().add(activity.getJsonArray("ksbs").getJsonObject(0).getString("id")))
                .add("files", Json.createArrayBuilder().add(Json.createObjectBuilder().add("name", "feedback.txt")
                        .add("contentType", "text/plain").add("base64", Base64.getEncoder().encodeToString(file))))
                .build().toString();
        HttpResponse<String> warned = post("/api/workplace-activities", session, entry);
        assertEquals(422, warned.statusCode(), warned::body);
        assertTrue(warned.body().contains("name after a title"), warned::body);

        String confirmed = entry.substring(0, entry.length() - 1) + ",\"confirmNoPatientData\":true}";
        HttpResponse<String> logged = post("/api/workplace-activities", session, confirmed);
        assertEquals(200, logged.statusCode(), logged::body);
        String statementId = json(logged.body()).getString("statementId");
        HttpResponse<String> stored = get("/xapi/statements?statementId=" + statementId + "&attachments=true", DEMO_LRS);
        assertEquals(200, stored.statusCode(), stored::body);
        assertTrue(stored.headers().firstValue("Content-Type").orElse("").startsWith("multipart/mixed"));
        assertTrue(stored.body().contains("Supervisor feedback: safe, well reasoned."), "the file travels with it");
        assertTrue(stored.body().contains("http://activitystrea.ms/schema/1.0/submit"));
        assertTrue(stored.body().contains(today + "T12:00:00"), "dated when it happened");

        String future = entry.replace(today, java.time.LocalDate.now().plusDays(3).toString());
        HttpResponse<String> refused = post("/api/workplace-activities", session, future);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body().contains("in the future"), refused::body);
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String authorization) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(path.startsWith("http") ? path : base + path))
                .header("X-Experience-API-Version", "1.0.3");
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
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
