package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LRS document resources (xAPI 1.0.3 Part 3 §2.2–2.3, §2.6–2.7), Activities (§2.5) and Agents (§2.4), HEAD
 * (§1.1), concurrency (§3.1) and launch-scoped credentials (§4, cmi5 §8.2.3) over HTTP against a real Payara Micro on
 * PostgreSQL. Requests use the default mode's demo client, or a launch credential whose row the test writes into the
 * tool's database itself (the tool has no HTTP endpoint issuing them: content does that through the Java API).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsDocumentsIT {
    private static final String DEMO = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-secret-change-me".getBytes(StandardCharsets.UTF_8));
    private static final String VERSION = "X-Experience-API-Version";
    private static final String JSON_TYPE = "application/json";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String lrs = Deployments.baseUrl() + "/xapi/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void stateStoresMergesListsAndDeletes() throws Exception {
        String activity = "https://ept.example/it/state/" + UUID.randomUUID();
        String base = "activities/state?activityId=" + enc(activity) + "&agent=" + enc(agent("learner-1", false));
        String one = base + "&stateId=bookmark";
        assertEquals(204, send(DEMO, "PUT", one, JSON_TYPE, "{\"page\":3,\"done\":false}").statusCode());
        HttpResponse<String> got = send(DEMO, "GET", one, null, null);
        assertEquals(200, got.statusCode(), got::body);
        assertTrue(got.headers().firstValue("Content-Type").orElse("").startsWith(JSON_TYPE));
        assertEquals('"' + sha1(got.body()) + '"', got.headers().firstValue("ETag").orElse(null), "Part 3 §3.1");
        assertTrue(got.headers().firstValue("Last-Modified").isPresent());
        assertEquals(204, send(DEMO, "PUT", one, JSON_TYPE, "{\"page\":4}").statusCode(), "State PUT needs no precondition");

        assertEquals(204, send(DEMO, "POST", one, JSON_TYPE, "{\"done\":true}").statusCode());
        assertEquals(json("{\"page\":4,\"done\":true}"), json(send(DEMO, "GET", one, null, null).body()));
        HttpResponse<String> refused = send(DEMO, "POST", one, "text/plain", "not json");
        assertEquals(400, refused.statusCode());
        assertEquals("xapi-document-not-mergeable", json(refused.body()).asJsonObject().getString("code"));
        assertEquals(json("{\"page\":4,\"done\":true}"), json(send(DEMO, "GET", one, null, null).body()), "unchanged");

        String registration = UUID.randomUUID().toString();
        assertEquals(204, send(DEMO, "PUT", base + "&stateId=other&registration=" + registration, "text/plain", "x")
                .statusCode());
        assertEquals(List.of("bookmark", "other"), ids(send(DEMO, "GET", base, null, null)));
        assertEquals(List.of("other"), ids(send(DEMO, "GET", base + "&registration=" + registration, null, null)));
        String later = Instant.now().plus(1, ChronoUnit.HOURS).toString();
        assertEquals(List.of(), ids(send(DEMO, "GET", base + "&since=" + enc(later), null, null)));

        assertEquals(204, send(DEMO, "DELETE", one, null, null).statusCode());
        assertEquals(404, send(DEMO, "GET", one, null, null).statusCode());
        assertEquals(204, send(DEMO, "DELETE", base, null, null).statusCode());
        assertEquals(List.of(), ids(send(DEMO, "GET", base, null, null)), "DELETE without stateId empties the context");
    }

    @Test
    void profilesEnforceETagPreconditions() {
        String profile = "activities/profile?activityId=" + enc("https://ept.example/it/profile/" + UUID.randomUUID())
                + "&profileId=settings";
        HttpResponse<String> bare = send(DEMO, "PUT", profile, JSON_TYPE, "{\"a\":0}");
        assertEquals(400, bare.statusCode(), "a new profile document needs If-None-Match: * (Part 3 §3.1 client rule)");
        assertEquals("xapi-precondition-required", json(bare.body()).asJsonObject().getString("code"));
        assertEquals(204, sendWith(profile, "PUT", "If-None-Match", "*", "{\"a\":1}").statusCode());
        assertEquals(412, sendWith(profile, "PUT", "If-None-Match", "*", "{\"a\":2}").statusCode(), "it exists now");
        HttpResponse<String> conflict = send(DEMO, "PUT", profile, JSON_TYPE, "{\"a\":3}");
        assertEquals(409, conflict.statusCode(), "PUT over a profile without preconditions (Part 3 §3.1)");
        assertTrue(conflict.body().contains("If-Match"), conflict::body);
        assertEquals(412, sendWith(profile, "PUT", "If-Match", "\"" + "1".repeat(40) + "\"", "{\"a\":4}").statusCode());
        String etag = send(DEMO, "GET", profile, null, null).headers().firstValue("ETag").orElseThrow();
        assertEquals(json("{\"a\":1}"), json(send(DEMO, "GET", profile, null, null).body()), "no refused write landed");
        assertEquals(204, sendWith(profile, "PUT", "If-Match", etag, "{\"a\":5}").statusCode());
        assertEquals(412, sendWith(profile, "DELETE", "If-Match", etag, null).statusCode(), "the ETag is stale now");
        assertEquals(204, send(DEMO, "DELETE", profile, null, null).statusCode());
        assertEquals(404, send(DEMO, "GET", profile, null, null).statusCode());
    }

    @Test
    void agentProfileIsKeyedByIdentifierNotByName() {
        String id = "learner-" + UUID.randomUUID();
        String named = "agents/profile?agent=" + enc(agent(id, true)) + "&profileId=prefs";
        String bare = "agents/profile?agent=" + enc(agent(id, false)) + "&profileId=prefs";
        assertEquals(204, send(DEMO, "POST", named, JSON_TYPE, "{\"theme\":\"dark\"}").statusCode());
        assertEquals("dark", json(send(DEMO, "GET", bare, null, null).body()).asJsonObject().getString("theme"));
        assertEquals(List.of("prefs"), ids(send(DEMO, "GET", "agents/profile?agent=" + enc(agent(id, false)), null, null)));
        String group = "{\"objectType\":\"Group\",\"mbox\":\"mailto:cohort@example.ac.uk\"}";
        assertEquals(400, send(DEMO, "GET", "agents/profile?agent=" + enc(group) + "&profileId=p", null, null).statusCode());
    }

    @Test
    void refusesMissingMalformedAndUnknownParameters() {
        String agent = "&agent=" + enc(agent("learner-2", false));
        assertEquals(400, send(DEMO, "GET", "activities/state?stateId=s" + agent, null, null).statusCode(), "no activityId");
        assertEquals(400, send(DEMO, "PUT", "activities/state?activityId=x:y&stateId=s", JSON_TYPE, "{}").statusCode(),
                "no agent");
        assertEquals(400, send(DEMO, "GET", "activities/state?activityId=x:y&registration=nope" + agent, null, null)
                .statusCode());
        assertEquals(400, send(DEMO, "GET", "activities/state?activityId=x:y&since=yesterday" + agent, null, null)
                .statusCode());
        HttpResponse<String> unknown = send(DEMO, "GET", "activities/profile?activityId=x:y&colour=red", null, null);
        assertEquals(400, unknown.statusCode());
        assertEquals("xapi-bad-parameter", json(unknown.body()).asJsonObject().getString("code"));
        assertEquals(400, send(DEMO, "GET", "agents", null, null).statusCode(), "agent is required");
        assertEquals(400, send(DEMO, "GET", "activities?activityId=true", null, null).statusCode());
    }

    @Test
    void headAnswersLikeGetWithoutBody() {
        String profile = "activities/profile?activityId=" + enc("https://ept.example/it/head/" + UUID.randomUUID())
                + "&profileId=p";
        assertEquals(204, send(DEMO, "POST", profile, JSON_TYPE, "{\"k\":\"v\"}").statusCode());
        for (String path : List.of(profile, "agents?agent=" + enc(agent("learner-3", false)),
                "activities?activityId=" + enc("https://ept.example/it/head"))) {
            HttpResponse<String> head = send(DEMO, "HEAD", path, null, null);
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
        }
        HttpResponse<String> head = send(DEMO, "HEAD", profile, null, null);
        assertEquals(send(DEMO, "GET", profile, null, null).headers().firstValue("ETag"), head.headers().firstValue("ETag"));
    }

    @Test
    void activitiesMergeDefinitionsAcrossStatementsAndAgentsAnswerPerson() {
        String activity = "https://ept.example/it/activity/" + UUID.randomUUID();
        for (String name : List.of("{\"en-GB\":\"Case review\"}", "{\"cy\":\"Adolygiad achos\"}")) {
            String statement = "{\"actor\":{\"mbox\":\"mailto:learner@example.ac.uk\"},"
                    + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
                    + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":" + name + "}}}";
            assertEquals(200, send(DEMO, "POST", "statements", JSON_TYPE, statement).statusCode());
        }
        JsonObject got = json(send(DEMO, "GET", "activities?activityId=" + enc(activity), null, null).body()).asJsonObject();
        assertEquals(activity, got.getString("id"));
        JsonObject name = got.getJsonObject("definition").getJsonObject("name");
        assertEquals("Case review", name.getString("en-GB"));
        assertEquals("Adolygiad achos", name.getString("cy"));
        JsonObject unknown = json(send(DEMO, "GET", "activities?activityId=" + enc(activity + "/none"), null, null)
                .body()).asJsonObject();
        assertFalse(unknown.containsKey("definition"), "an unknown Activity is still an Activity (Part 3 §2.5)");

        JsonObject person = json(send(DEMO, "GET", "agents?agent=" + enc(agent("learner-4", true)), null, null).body())
                .asJsonObject();
        assertEquals("Person", person.getString("objectType"));
        assertEquals("learner-4", person.getJsonArray("account").getJsonObject(0).getString("name"));
        assertEquals("Learner", person.getJsonArray("name").getString(0));
    }

    @Test
    void launchCredentialIsHeldToItsActorRegistrationAndResources() throws Exception {
        String learner = "launch-learner-" + UUID.randomUUID();
        String registration = UUID.randomUUID().toString();
        String au = "https://ept.example/it/au/" + UUID.randomUUID();
        String token = insertCredential(agent(learner, false), registration, au, Instant.now().plusSeconds(600));
        String auth = "Basic " + token;

        String own = statementBy(learner, au);
        assertEquals(200, send(auth, "POST", "statements", JSON_TYPE, own).statusCode());
        HttpResponse<String> other = send(auth, "POST", "statements", JSON_TYPE, statementBy("someone-else", au));
        assertEquals(403, other.statusCode(), other::body);
        assertEquals("xapi-outside-launch-scope", json(other.body()).asJsonObject().getString("code"));
        assertEquals(403, send(auth, "POST", "statements", JSON_TYPE, "[" + own + "," + statementBy("x", au) + "]")
                .statusCode(), "one foreign statement refuses the batch");

        JsonArray mine = json(send(auth, "GET", "statements", null, null).body()).asJsonObject().getJsonArray("statements");
        assertEquals(1, mine.size(), "a launch credential reads only its actor's statements");
        assertEquals(403, send(auth, "GET", "statements?agent=" + enc(agent("someone-else", false)), null, null)
                .statusCode());

        String state = "activities/state?activityId=" + enc(au) + "&agent=" + enc(agent(learner, true))
                + "&stateId=suspend&registration=" + registration;
        assertEquals(204, send(auth, "PUT", state, JSON_TYPE, "{\"at\":1}").statusCode());
        assertEquals(200, send(auth, "GET", state, null, null).statusCode());
        assertEquals(403, send(auth, "GET", state.replace(registration, UUID.randomUUID().toString()), null, null)
                .statusCode(), "another registration");
        assertEquals(403, send(auth, "GET", state.replace(enc(agent(learner, true)), enc(agent("x", false))), null, null)
                .statusCode(), "another agent");

        String profile = "activities/profile?activityId=" + enc(au) + "&profileId=p";
        assertEquals(404, send(auth, "GET", profile, null, null).statusCode(), "profiles are readable");
        assertEquals(403, send(auth, "PUT", profile, JSON_TYPE, "{}").statusCode(), "but not writable");
        assertEquals(403, send(auth, "GET", "activities?activityId=" + enc(au), null, null).statusCode());

        String expired = insertCredential(agent(learner, false), registration, au, Instant.now().minusSeconds(1));
        assertEquals(401, send("Basic " + expired, "GET", "statements", null, null).statusCode());
        String wrongSecret = Base64.getEncoder().encodeToString((new String(Base64.getDecoder().decode(token),
                StandardCharsets.UTF_8).replaceFirst(":.*", ":guess")).getBytes(StandardCharsets.UTF_8));
        assertEquals(401, send("Basic " + wrongSecret, "GET", "statements", null, null).statusCode());
    }

    @Test
    void scopesOpenOnlyTheirResourcesAndReadMineSeesOnlyOwnStatements() throws Exception {
        String stateOnly = insertClient("state");
        String mine = insertClient("statements/write statements/read/mine");
        String state = "activities/state?activityId=" + enc("https://ept.example/it/scopes") + "&agent="
                + enc(agent("learner-5", false)) + "&stateId=s";
        assertEquals(204, send(stateOnly, "PUT", state, JSON_TYPE, "{}").statusCode());
        HttpResponse<String> refused = send(stateOnly, "GET", "activities/profile?activityId=x:y&profileId=p", null, null);
        assertEquals(403, refused.statusCode());
        assertEquals("xapi-scope-missing", json(refused.body()).asJsonObject().getString("code"));
        assertEquals(403, send(stateOnly, "GET", "statements", null, null).statusCode());

        String activity = "https://ept.example/it/mine/" + UUID.randomUUID();
        assertEquals(200, send(DEMO, "POST", "statements", JSON_TYPE, statementBy("learner-6", activity)).statusCode());
        HttpResponse<String> posted = send(mine, "POST", "statements", JSON_TYPE, statementBy("learner-6", activity));
        assertEquals(200, posted.statusCode(), posted::body);
        JsonArray seen = json(send(mine, "GET", "statements?activity=" + enc(activity), null, null).body()).asJsonObject()
                .getJsonArray("statements");
        assertEquals(1, seen.size(), "statements/read/mine: only the statement this client wrote");
        assertEquals(json(posted.body()).asJsonArray().getString(0), seen.getJsonObject(0).getString("id"));
        assertEquals(2, json(send(DEMO, "GET", "statements?activity=" + enc(activity), null, null).body()).asJsonObject()
                .getJsonArray("statements").size());
    }

    /** An LRS client row with these scopes, its secret hashed as the tool hashes secrets; answers its header. */
    private static String insertClient(String scopes) throws Exception {
        assumeDatabase();
        String key = "it-" + UUID.randomUUID();
        String secret = UUID.randomUUID().toString();
        org.enhancedpractice.xapi.auth.SecretHash hash = org.enhancedpractice.xapi.auth.SecretHash.create(secret,
                new java.security.SecureRandom());
        try (Connection c = DriverManager.getConnection(System.getenv("EPT_DB_URL"), System.getenv("EPT_DB_USER"), "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO xapi_client (client_key, secret_hash, salt,"
                     + " iterations, scopes, tenant_id, created_at, updated_at) VALUES (?, ?, ?, ?, ?, NULL, ?, ?)")) {
            insert.setString(1, key);
            insert.setString(2, hash.hash());
            insert.setString(3, hash.salt());
            insert.setInt(4, hash.iterations());
            insert.setString(5, scopes);
            insert.setTimestamp(6, Timestamp.from(Instant.now()));
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** Writes a credential row as LaunchCredentials.issue does: id "launch-…", SHA-256 of the secret. */
    private static String insertCredential(String actor, String registration, String activity, Instant expires)
            throws Exception {
        assumeDatabase();
        String id = "launch-" + UUID.randomUUID().toString().replace("-", "");
        String secret = UUID.randomUUID() + "-" + UUID.randomUUID();
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(System.getenv("EPT_DB_URL"), System.getenv("EPT_DB_USER"), "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO xapi_launch_credential (credential_id,"
                     + " secret_hash, tenant_id, actor_json, registration, activity_id, expires, created_at)"
                     + " VALUES (?, ?, NULL, ?, ?, ?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, hash);
            insert.setString(3, actor);
            insert.setString(4, registration);
            insert.setString(5, activity);
            insert.setTimestamp(6, Timestamp.from(expires));
            insert.setTimestamp(7, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return Base64.getEncoder().encodeToString((id + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    /** These tests write rows themselves, so they need the PostgreSQL execution's database (EPT_DB_URL). */
    private static void assumeDatabase() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("EPT_DB_URL") != null,
                "runs in the postgresql execution, where EPT_DB_URL names the tool's database");
    }

    private static String statementBy(String learner, String activity) {
        return "{\"actor\":" + agent(learner, false) + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
    }

    private static String agent(String name, boolean withName) {
        return "{" + (withName ? "\"name\":\"Learner\"," : "") + "\"account\":{\"homePage\":\"https://vle.example.ac.uk\","
                + "\"name\":\"" + name + "\"}}";
    }

    private static List<String> ids(HttpResponse<String> response) {
        assertEquals(200, response.statusCode(), response::body);
        return json(response.body()).asJsonArray().stream().map(v -> ((jakarta.json.JsonString) v).getString())
                .sorted().toList();
    }

    private HttpResponse<String> sendWith(String path, String method, String header, String value, String body) {
        HttpRequest.Builder request = request(DEMO, path).header(header, value);
        return send(body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
                : request.header("Content-Type", JSON_TYPE).method(method, HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> send(String auth, String method, String path, String type, String body) {
        HttpRequest.Builder request = request(auth, path);
        if (type != null) {
            request.header("Content-Type", type);
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpRequest.Builder request(String auth, String path) {
        return HttpRequest.newBuilder(URI.create(lrs + path)).header(VERSION, "1.0.3").header("Authorization", auth);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String sha1(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(body.getBytes(StandardCharsets.UTF_8)));
    }

    private static JsonStructure json(String body) {
        return Json.createReader(new StringReader(body)).read();
    }
}
