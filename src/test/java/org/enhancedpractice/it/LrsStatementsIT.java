package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The LRS Statement and About resources over HTTP (xAPI 1.0.3 Part 3 §2.1, §2.4, §4, §6.2) against a real Payara
 * Micro on PostgreSQL, authenticated as the default mode's demo client. Each test uses its own ids and activities.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsStatementsIT {
    private static final String DEMO = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-secret-change-me".getBytes(StandardCharsets.UTF_8));
    private static final String VERSION = "X-Experience-API-Version";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String lrs = Deployments.baseUrl() + "/xapi/";

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void aboutNeedsNoCredentialsAndNamesVersion() {
        HttpResponse<String> about = send(HttpRequest.newBuilder(URI.create(lrs + "about")).GET());
        assertEquals(200, about.statusCode(), about::body);
        assertEquals("1.0.3", json(about).asJsonObject().getJsonArray("version").getString(0));
        assertEquals("1.0.3", about.headers().firstValue(VERSION).orElse(null));
    }

    @Test
    void refusesMissingOrWrongCredentialsWithChallenge() {
        HttpResponse<String> none = send(HttpRequest.newBuilder(URI.create(lrs + "statements")).header(VERSION, "1.0.3").GET());
        assertEquals(401, none.statusCode(), none::body);
        assertEquals("xapi-unauthorized", json(none).asJsonObject().getString("code"));
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        HttpResponse<String> wrong = send(HttpRequest.newBuilder(URI.create(lrs + "statements")).header(VERSION, "1.0.3")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString("demo:guess".getBytes())).GET());
        assertEquals(401, wrong.statusCode());
    }

    @Test
    void refusesMissingOrUnsupportedVersionHeader() {
        HttpResponse<String> missing = send(HttpRequest.newBuilder(URI.create(lrs + "statements"))
                .header("Authorization", DEMO).GET());
        assertEquals(400, missing.statusCode());
        assertEquals("xapi-version-header", json(missing).asJsonObject().getString("code"));
        assertEquals("1.0.3", missing.headers().firstValue(VERSION).orElse(null));
        HttpResponse<String> future = send(HttpRequest.newBuilder(URI.create(lrs + "statements"))
                .header("Authorization", DEMO).header(VERSION, "3.0.0").GET());
        assertEquals(400, future.statusCode());
    }

    @Test
    void putStoresOnceAcceptsIdenticalRepostAndRefusesConflict() {
        String id = "a1000000-0000-4000-8000-000000000001";
        String statement = statement(id, "https://ept.example/it/put", "");
        assertEquals(204, put(id, statement).statusCode());
        HttpResponse<String> got = get("statements?statementId=" + id);
        assertEquals(200, got.statusCode(), got::body);
        JsonObject stored = json(got).asJsonObject();
        assertEquals(id, stored.getString("id"));
        assertNotNull(stored.getString("stored"));
        assertEquals("demo", stored.getJsonObject("authority").getJsonObject("account").getString("name"));
        assertEquals("1.0.0", stored.getString("version"));
        assertEquals("参加者", stored.getJsonObject("verb").getJsonObject("display").getString("ja"));
        assertTrue(got.headers().firstValue("Last-Modified").isPresent());
        assertTrue(got.headers().firstValue("X-Experience-API-Consistent-Through").isPresent());

        assertEquals(204, put(id, statement).statusCode(), "an identical statement is accepted again");
        HttpResponse<String> conflict = put(id, statement(id, "https://ept.example/it/other", ""));
        assertEquals(409, conflict.statusCode(), conflict::body);
    }

    @Test
    void postIsAllOrNothingAndRefusesDuplicateIds() {
        String good = "a2000000-0000-4000-8000-000000000001";
        String bad = statement(null, "https://ept.example/it/post", "").replace("http://adlnet.gov/expapi/verbs/attended", "attended");
        HttpResponse<String> refused = post("[" + statement(good, "https://ept.example/it/post", "") + "," + bad + "]");
        assertEquals(400, refused.statusCode(), refused::body);
        JsonObject problem = json(refused).asJsonObject();
        assertEquals("$.verb.id", problem.getString("property"));
        assertEquals("not-an-iri", problem.getString("rule"));
        assertEquals(404, get("statements?statementId=" + good).statusCode(), "nothing of a refused batch is stored");

        String twice = statement(good, "https://ept.example/it/post", "");
        assertEquals(400, post("[" + twice + "," + twice + "]").statusCode());

        HttpResponse<String> accepted = post("[" + twice + "," + statement(null, "https://ept.example/it/post", "") + "]");
        assertEquals(200, accepted.statusCode(), accepted::body);
        JsonArray ids = json(accepted).asJsonArray();
        assertEquals(2, ids.size());
        assertEquals(good, ids.getString(0));
    }

    @Test
    void pagesWithStableMoreCursorWhileStatementsArrive() {
        String activity = "https://ept.example/it/paging/" + UUID.randomUUID();
        for (int i = 0; i < 5; i++) {
            assertEquals(200, post(statement(null, activity, "")).statusCode());
        }
        String query = "statements?limit=2&activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8);
        JsonObject page = json(get(query)).asJsonObject();
        List<String> seen = new ArrayList<>(ids(page));
        assertEquals(2, seen.size());
        assertEquals(200, post(statement(null, activity, "")).statusCode(), "a newer statement arrives between pages");
        while (!page.getString("more").isEmpty()) {
            HttpResponse<String> next = send(request(page.getString("more").replaceFirst("^.*/xapi/", "")).GET());
            assertEquals(200, next.statusCode(), next::body);
            page = json(next).asJsonObject();
            seen.addAll(ids(page));
        }
        assertEquals(5, seen.size(), "the newer statement does not shift the pages: " + seen);
        assertEquals(5, new HashSet<>(seen).size());
        assertEquals(6, ids(json(get(query.replace("limit=2", "limit=0"))).asJsonObject()).size());
    }

    @Test
    void voidingHidesTargetFromQueriesButKeepsItRetrievable() {
        String target = "a3000000-0000-4000-8000-000000000001";
        String voiding = "a3000000-0000-4000-8000-000000000002";
        String activity = "https://ept.example/it/voiding/" + UUID.randomUUID();
        assertEquals(204, put(target, statement(target, activity, "")).statusCode());
        String voidBody = "{\"id\":\"" + voiding + "\",\"actor\":{\"mbox\":\"mailto:tutor@example.ac.uk\"},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/voided\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
        assertEquals(200, post(voidBody).statusCode());

        assertEquals(404, get("statements?statementId=" + target).statusCode());
        assertEquals(200, get("statements?voidedStatementId=" + target).statusCode());
        assertEquals(List.of(voiding), ids(json(get("statements?activity="
                + URLEncoder.encode(activity, StandardCharsets.UTF_8))).asJsonObject()),
                "Part 3 §2.1.4: the voided statement is left out, the voiding statement targeting it is returned");

        String voidTheVoid = voidBody.replace(voiding, UUID.randomUUID().toString()).replace(target, voiding);
        HttpResponse<String> refused = post(voidTheVoid);
        assertEquals(400, refused.statusCode(), refused::body);
        assertEquals("xapi-voids-voiding-statement", json(refused).asJsonObject().getString("code"));
    }

    /** Part 3 §2.1.3 "Filter Conditions for StatementRefs", through HTTP on PostgreSQL. */
    @Test
    void statementsTargetingAMatchingStatementMatchItsFilters() throws InterruptedException {
        String activity = "https://ept.example/it/explosives/" + UUID.randomUUID();
        String target = UUID.randomUUID().toString();
        assertEquals(204, put(target, statement(target, activity, "")).statusCode());
        Thread.sleep(5);
        String since = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString();
        Thread.sleep(5);
        String confirm = UUID.randomUUID().toString();
        String confirmBody = "{\"id\":\"" + confirm + "\",\"actor\":{\"mbox\":\"mailto:andrew@example.ac.uk\"},"
                + "\"verb\":{\"id\":\"https://ept.example/verbs/confirmed\"},"
                + "\"object\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}";
        assertEquals(204, put(confirm, confirmBody).statusCode());
        String inContext = UUID.randomUUID().toString();
        String contextOnly = statement(inContext, "https://ept.example/it/other/" + UUID.randomUUID(),
                ",\"context\":{\"statement\":{\"objectType\":\"StatementRef\",\"id\":\"" + target + "\"}}");
        assertEquals(204, put(inContext, contextOnly).statusCode());

        String byActivity = "statements?activity=" + URLEncoder.encode(activity, StandardCharsets.UTF_8);
        assertEquals(List.of(confirm, target), ids(json(get(byActivity)).asJsonObject()),
                "the confirming statement matches through its target; a context StatementRef does not count");
        assertEquals(List.of(confirm), ids(json(get(byActivity + "&since=" + since)).asJsonObject()),
                "since applies to the targeting statement only");
        String agent = URLEncoder.encode("{\"account\":{\"homePage\":\"https://vle.example.ac.uk\",\"name\":\"it-learner\"}}",
                StandardCharsets.UTF_8);
        assertEquals(List.of(confirm), ids(json(get(byActivity + "&agent=" + agent + "&limit=1")).asJsonObject()));
    }

    @Test
    void filtersByAgentAndRelatedActivities() {
        String parent = "https://ept.example/it/course/" + UUID.randomUUID();
        String learner = "it-learner-" + UUID.randomUUID();
        String context = ",\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"" + parent + "\"}}}";
        String body = statement(null, "https://ept.example/it/unit", context).replace("it-learner", learner);
        assertEquals(200, post(body).statusCode());

        String byParent = "statements?activity=" + URLEncoder.encode(parent, StandardCharsets.UTF_8);
        assertEquals(0, ids(json(get(byParent)).asJsonObject()).size());
        JsonObject related = json(get(byParent + "&related_activities=true&format=ids")).asJsonObject();
        assertEquals(1, ids(related).size());
        assertFalse(related.getJsonArray("statements").getJsonObject(0).getJsonObject("verb").containsKey("display"));

        String agent = "{\"account\":{\"homePage\":\"https://vle.example.ac.uk\",\"name\":\"" + learner + "\"}}";
        assertEquals(1, ids(json(get("statements?agent=" + URLEncoder.encode(agent, StandardCharsets.UTF_8)))
                .asJsonObject()).size());
    }

    @Test
    void everyStatementGetCarriesDateAndConsistentThroughEvenWhenRefused() {
        HttpResponse<String> refused = get("statements?statementId=" + java.util.UUID.randomUUID() + "&verb=http://x.example/v");
        assertEquals(400, refused.statusCode(), refused::body);
        assertTrue(refused.headers().firstValue("X-Experience-API-Consistent-Through").isPresent(),
                "Part 3 §2.1.3: the header is sent whatever the status");
        assertTrue(refused.headers().firstValue("Date").isPresent(), "RFC 9110 §6.6.1");
        java.time.Instant.parse(refused.headers().firstValue("X-Experience-API-Consistent-Through").orElseThrow());
    }

    private static String statement(String id, String activity, String extra) {
        return "{" + (id == null ? "" : "\"id\":\"" + id + "\",")
                + "\"actor\":{\"objectType\":\"Agent\",\"account\":{\"homePage\":\"https://vle.example.ac.uk\",\"name\":\"it-learner\"}},"
                + "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\",\"display\":{\"en-GB\":\"attended\",\"ja\":\"参加者\"}},"
                + "\"object\":{\"id\":\"" + activity + "\",\"definition\":{\"name\":{\"cy\":\"Gweithdy\"}}}" + extra + "}";
    }

    private static List<String> ids(JsonObject result) {
        return result.getJsonArray("statements").stream().map(s -> s.asJsonObject().getString("id")).toList();
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(lrs + path)).header(VERSION, "1.0.3").header("Authorization", DEMO);
    }

    private HttpResponse<String> put(String id, String body) {
        return send(request("statements?statementId=" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> post(String body) {
        return send(request("statements").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private HttpResponse<String> get(String path) {
        return send(request(path).GET());
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

    private static JsonStructure json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).read();
    }
}
