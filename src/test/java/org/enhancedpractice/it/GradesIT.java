package org.enhancedpractice.it;

import static org.enhancedpractice.it.TestPlatform.AGS_CLAIM;
import static org.enhancedpractice.it.TestPlatform.INSTRUCTOR;
import static org.enhancedpractice.it.TestPlatform.LEARNER;
import static org.enhancedpractice.it.TestPlatform.LTI;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Grades (AGS 2.0) and rosters (NRPS 2.0) against a real Payara Micro on PostgreSQL, one test platform per VLE
 * profile. Every grade goes the way a real one does: a tutor marks a learner on the launched link, the tool queues it
 * in the outbox, and the scheduled sender (every second here: EPT_GRADES_SEND_INTERVAL_SECONDS=1 in the pom) posts it
 * to the platform, which applies the rules of the VLE it imitates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GradesIT {
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final String ADMIN = "Bearer it-admin-token-not-secret-0123456789abcdef";
    static final String TITLE = "Occupational therapy: complex discharge planning";
    static final int BLACKBOARD_PORT = 18482;
    static final Duration WAIT = Duration.ofSeconds(45);

    private final LaunchDriver driver = new LaunchDriver();
    private final String base = Deployments.baseUrl();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void moodleTakesTheLaunchLineItemRetriesA409AndShowsARefusalToTutors() {
        try (TestPlatform moodle = registered(PlatformProfile.MOODLE, "it-grades-moodle")) {
            String item = moodle.gradebook.addItem(TITLE, 10, "rl-ot-1", null);
            Map<String, Object> ags = Map.of("scope", List.of(AGS + "lineitem.readonly", AGS + "result.readonly",
                    AGS + "score"), "lineitems", moodle.gradebook.lineItemsUrl(), "lineitem", item);
            String learner = launch(moodle, "learner-7", LEARNER, ags, true);
            String tutor = launch(moodle, "tutor-1", INSTRUCTOR, ags, true);

            JsonObject first = awaitStatus(tutor, mark(tutor, "learner-7", 8), "SENT");
            assertEquals(item, first.getString("lineItem"), "the launch's own line item, ?type_id= kept");
            JsonObject stored = moodle.gradebook.score(item, "learner-7");
            assertEquals(8.0, stored.getJsonNumber("scoreGiven").doubleValue(), "FullyGraded, so Moodle kept it");
            assertEquals("FullyGraded", stored.getString("gradingProgress"));
            assertEquals("Completed", stored.getString("activityProgress"));
            assertTrue(stored.getString("timestamp").matches(".*T.*\\.\\d{3}Z"), stored::toString);
            assertTrue(moodle.gradebook.created.isEmpty(), "grade sync only: no lineitem scope, nothing created");

            Instant teacherGradedAt = Instant.now().plusSeconds(2);
            moodle.gradebook.platformGradeTimes.put(item + " learner-7", teacherGradedAt);
            JsonObject second = awaitStatus(tutor, mark(tutor, "learner-7", 9), "SENT");
            assertTrue(moodle.gradebook.posted.stream().anyMatch(p -> p.status() == 409), "Moodle said 409 first");
            assertTrue(Instant.parse(second.getString("sentTimestamp")).truncatedTo(ChronoUnit.SECONDS)
                    .isAfter(teacherGradedAt.truncatedTo(ChronoUnit.SECONDS)), second::toString);
            assertEquals(9.0, moodle.gradebook.score(item, "learner-7").getJsonNumber("scoreGiven").doubleValue());

            JsonObject results = json(get("/api/grades/results?userId=learner-7", tutor), 200);
            assertEquals(9.0, results.getJsonArray("results").getJsonObject(0).getJsonNumber("resultScore").doubleValue());

            refusalIsShownThenResentByTheAdministrator(moodle, tutor, learner);
        }
    }

    private void refusalIsShownThenResentByTheAdministrator(TestPlatform moodle, String tutor, String learner) {
        JsonObject refused = awaitStatus(tutor, mark(tutor, "not-enrolled-1", 5), "REFUSED");
        assertEquals(400, refused.getInt("platformStatus"));
        JsonObject problems = json(get("/api/grades/problems", tutor), 200);
        JsonObject shown = problems.getJsonArray("problems").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("id").equals(refused.getString("id"))).findFirst().orElseThrow();
        assertEquals("Incorrect score received", shown.getString("platformMessage"), "the platform's own words");
        assertEquals("not-enrolled-1", shown.getString("userId"));
        HttpResponse<String> forLearner = get("/api/grades/problems", learner);
        assertEquals(403, forLearner.statusCode());
        assertTrue(forLearner.body().contains("grades_forbidden"), forLearner::body);

        JsonObject listed = json(driver.browser().get(base + "/admin/lti/grades?status=REFUSED", "Authorization", ADMIN), 200);
        assertTrue(listed.getJsonArray("grades").getValuesAs(JsonObject.class).stream()
                .anyMatch(g -> g.getString("id").equals(refused.getString("id"))));
        moodle.gradebook.gradable.add("not-enrolled-1");
        assertEquals(200, post("/admin/lti/grades/" + refused.getString("id") + "/resend", ADMIN, "").statusCode());
        awaitStatus(tutor, refused.getString("id"), "SENT");
        assertEquals(409, post("/admin/lti/grades/" + refused.getString("id") + "/resend", ADMIN, "").statusCode(),
                "only refused or failed grades are re-sent");
    }

    @Test
    void gradeGivenWhileThePlatformIsDownArrivesWhenItIsBack() {
        try (TestPlatform moodle = registered(PlatformProfile.MOODLE, "it-grades-outage")) {
            String item = moodle.gradebook.addItem(TITLE, 10, "rl-ot-1", null);
            Map<String, Object> ags = Map.of("scope", List.of(AGS + "score", AGS + "result.readonly"),
                    "lineitems", moodle.gradebook.lineItemsUrl(), "lineitem", item);
            String tutor = launch(moodle, "tutor-1", INSTRUCTOR, ags, true);

            moodle.gradebook.available = false;
            String id = mark(tutor, "learner-7", 6);
            JsonObject waiting = await(tutor, id, g -> g.getInt("attempts") >= 2);
            assertEquals("PENDING", waiting.getString("status"), waiting::toString);
            assertTrue(waiting.getString("platformMessage").contains("503"), waiting::toString);
            assertEquals(null, moodle.gradebook.score(item, "learner-7"));

            moodle.gradebook.available = true;
            awaitStatus(tutor, id, "SENT");
            assertEquals(6.0, moodle.gradebook.score(item, "learner-7").getJsonNumber("scoreGiven").doubleValue());
        }
    }

    @Test
    void canvasCreatesTheLinksLineItemOnceAndTheRosterRefreshesThroughDifferences() throws IOException {
        try (TestPlatform canvas = registered(PlatformProfile.CANVAS, "it-grades-canvas")) {
            Map<String, Object> ags = Map.of("scope", List.of(AGS + "lineitem", AGS + "result.readonly", AGS + "score"),
                    "lineitems", canvas.gradebook.lineItemsUrl());
            launch(canvas, "learner-7", LEARNER, ags, true);
            String tutor = launch(canvas, "tutor-1", INSTRUCTOR, ags, true);

            JsonObject first = awaitStatus(tutor, mark(tutor, "learner-7", 7), "SENT");
            awaitStatus(tutor, mark(tutor, "learner-8", 4), "SENT");
            assertEquals(1, canvas.gradebook.created.size(), "created once, then remembered for the link");
            JsonObject created = canvas.gradebook.created.get(0);
            assertEquals(TITLE, created.getString("label"));
            assertEquals("rl-ot-1", created.getString("resourceLinkId"));
            assertEquals(10.0, created.getJsonNumber("scoreMaximum").doubleValue());
            assertEquals(7.0, canvas.gradebook.score(first.getString("lineItem"), "learner-7")
                    .getJsonNumber("scoreGiven").doubleValue());
            assertTrue(canvas.tokenRequests.stream().allMatch("granted"::equals), "exact aud and a User-Agent");
            String withoutAgent = rawPost(canvas, "/token", "grant_type=client_credentials");
            assertTrue(withoutAgent.startsWith("HTTP/1.1 400") && withoutAgent.contains("User-Agent header required"),
                    "the platform does refuse a call without User-Agent: " + withoutAgent);

            rosterIsCachedThenRefreshedThroughDifferences(canvas, tutor);
        }
    }

    private void rosterIsCachedThenRefreshedThroughDifferences(TestPlatform platform, String tutor) {
        JsonObject full = json(get("/api/roster", tutor), 200);
        assertEquals("full", full.getString("refreshKind"));
        assertFalse(full.getBoolean("fromCache"));
        assertEquals(List.of("learner-7", "tutor-1", "learner-8"), userIds(full));
        int requests = platform.membershipRequests.size();
        assertEquals(2, requests, "two pages");

        JsonObject cached = json(get("/api/roster", tutor), 200);
        assertTrue(cached.getBoolean("fromCache"));
        assertEquals(userIds(full), userIds(cached));
        assertEquals(requests, platform.membershipRequests.size(), "the platform was not asked again");

        JsonObject refreshed = json(get("/api/roster?refresh=true", tutor), 200);
        assertEquals("differences", refreshed.getString("refreshKind"));
        assertTrue(platform.membershipRequests.get(requests).contains("since=1"), platform.membershipRequests::toString);
        assertEquals(List.of("learner-7", "tutor-1", "learner-9"), userIds(refreshed), "learner-8 deleted, learner-9 new");
        assertEquals(userIds(refreshed), userIds(json(get("/api/roster", tutor), 200)), "the merged roster is kept");
    }

    @Test
    void blackboardFindsTheLinksLineItemOnALaterPageWithACapitalBearer() throws IOException {
        try (TestPlatform learn = new TestPlatform(BLACKBOARD_PORT)) {
            learn.profile = PlatformProfile.BLACKBOARD;
            learn.issuerOverride = "https://blackboard.com";
            learn.clientId = "bb-application-it";
            learn.deploymentId = "bb-site-1";
            learn.gradebook.ignoreFilters = true;
            learn.gradebook.addItem("Welcome quiz", 5, "rl-other", null);
            String item = learn.gradebook.addItem(TITLE, 10, "rl-ot-1", null);
            Map<String, Object> ags = Map.of("scope", List.of(AGS + "lineitem", AGS + "result.readonly", AGS + "score"),
                    "lineitems", learn.gradebook.lineItemsUrl());
            launch(learn, "learner-7", LEARNER, ags, false);
            String tutor = launch(learn, "tutor-1", INSTRUCTOR, ags, false);

            JsonObject sent = awaitStatus(tutor, mark(tutor, "learner-7", 10), "SENT");
            assertEquals(item, sent.getString("lineItem"), "followed Link next and checked resourceLinkId itself");
            assertTrue(learn.gradebook.created.isEmpty());
            assertEquals(10.0, learn.gradebook.score(item, "learner-7").getJsonNumber("scoreGiven").doubleValue());
            String lowerCase = rawGet(learn, PlatformProfile.BLACKBOARD.lineItemsPath(), "bearer at-anything");
            assertTrue(lowerCase.startsWith("HTTP/1.1 401"), "Learn refuses a lower-case bearer: " + lowerCase);
        }
    }

    // ---- helpers ----

    private TestPlatform registered(PlatformProfile profile, String clientId) {
        TestPlatform platform = new TestPlatform(0);
        platform.profile = profile;
        platform.clientId = clientId;
        platform.deploymentId = "1";
        HttpResponse<String> registered = driver.register(platform, platform.registrationToken);
        assertEquals(200, registered.statusCode(), registered::body);
        return platform;
    }

    /** Launches {@code subject} with one role and the AGS claim; returns the page's session token. */
    private String launch(TestPlatform platform, String subject, String role, Map<String, Object> ags, boolean post) {
        platform.claimsCustomiser = claims -> claims.claim(LTI + "roles", List.of(role)).claim(AGS_CLAIM, ags);
        try {
            HttpResponse<String> landing = driver.complete(driver.login(platform, subject, platform.deploymentId, post));
            assertEquals(200, landing.statusCode(), landing::body);
            return LaunchDriver.sessionToken(landing.body());
        } finally {
            platform.claimsCustomiser = c -> c;
        }
    }

    private String mark(String tutor, String userId, double score) {
        String body = Json.createObjectBuilder().add("userId", userId).add("scoreGiven", score).add("scoreMaximum", 10)
                .build().toString();
        JsonObject queued = json(post("/api/grades", "Bearer " + tutor, body), 202);
        assertEquals("PENDING", queued.getString("status"), "queued, not sent on the tutor's request");
        return queued.getString("id");
    }

    private JsonObject awaitStatus(String tutor, String id, String status) {
        return await(tutor, id, g -> g.getString("status").equals(status));
    }

    private JsonObject await(String tutor, String id, Predicate<JsonObject> done) {
        Instant until = Instant.now().plus(WAIT);
        JsonObject grade = null;
        while (Instant.now().isBefore(until)) {
            grade = json(get("/api/grades/" + id, tutor), 200);
            if (done.test(grade)) {
                return grade;
            }
            sleep();
        }
        throw new AssertionError("Grade did not get there within " + WAIT + ": " + grade);
    }

    private HttpResponse<String> get(String path, String session) {
        return driver.browser().get(base + path, "Authorization", "Bearer " + session);
    }

    private HttpResponse<String> post(String path, String authorization, String json) {
        return driver.browser().send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", authorization)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static JsonObject json(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), response::body);
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private static List<String> userIds(JsonObject roster) {
        return roster.getJsonArray("members").getValuesAs(JsonObject.class).stream().map(m -> m.getString("userId")).toList();
    }

    /** A request with no User-Agent at all, which Java's HTTP clients cannot send. */
    private static String rawPost(TestPlatform platform, String path, String form) throws IOException {
        return raw(platform, "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/x-www-form-urlencoded"
                + "\r\nContent-Length: " + form.length() + "\r\nConnection: close\r\n\r\n" + form);
    }

    private static String rawGet(TestPlatform platform, String path, String authorization) throws IOException {
        return raw(platform, "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + authorization
                + "\r\nUser-Agent: it\r\nConnection: close\r\n\r\n");
    }

    private static String raw(TestPlatform platform, String request) throws IOException {
        URI url = URI.create(platform.url());
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(5000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
