package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code /admin/xapi/clients} against a real Payara Micro on PostgreSQL: an administrator creates a tenant's client,
 * which then works on {@code /xapi/statements} within its scopes (xAPI 1.0.3 Part 3 §4.2) and is refused beyond
 * them; re-scoping, disabling, rotating and deleting take effect on the next request.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LrsClientAdminIT {
    static final String ADMIN = "Bearer it-admin-token-not-secret-0123456789abcdef";
    private static final String VERSION = "X-Experience-API-Version";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base = Deployments.baseUrl();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void refusesCallersWithoutTheAdministratorToken() {
        HttpResponse<String> none = admin("GET", "", null, null);
        assertEquals(401, none.statusCode());
        assertEquals("admin_unauthorised", json(none).getString("code"));
        assertEquals(401, admin("POST", "", "Bearer wrong", "{\"scopes\":[\"all\"]}").statusCode());
    }

    @Test
    void createdClientWorksWithinItsScopesAndIsRefusedBeyond() throws Exception {
        String tenant = insertTenant();
        String key = "it-analytics-" + UUID.randomUUID();
        HttpResponse<String> created = admin("POST", "", ADMIN, "{\"key\":\"" + key + "\",\"scopes\":"
                + "[\"statements/write\",\"statements/read/mine\"],\"tenant\":\"" + tenant + "\"}");
        assertEquals(201, created.statusCode(), created::body);
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(null));
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/admin/xapi/clients/" + key));
        JsonObject client = json(created);
        assertEquals(tenant, client.getString("tenant"));
        assertFalse(client.getBoolean("disabled"));
        String basic = basic(key, client.getString("secret"));

        String activity = "https://ept.example/it/admin/" + UUID.randomUUID();
        HttpResponse<String> posted = lrs("POST", "statements", basic, statement(activity));
        assertEquals(200, posted.statusCode(), posted::body);
        HttpResponse<String> mine = lrs("GET", "statements?activity=" + enc(activity), basic, null);
        assertEquals(200, mine.statusCode(), mine::body);
        assertEquals(1, json(mine).getJsonArray("statements").size());
        HttpResponse<String> state = lrs("GET", "activities/state?activityId=" + activity + "&agent="
                + java.net.URLEncoder.encode("{\"mbox\":\"mailto:l@example.ac.uk\"}", StandardCharsets.UTF_8)
                + "&stateId=s", basic, null);
        assertEquals(403, state.statusCode(), "no 'state' scope");
        assertEquals("xapi-scope-missing", json(state).getString("code"));

        HttpResponse<String> listed = admin("GET", "", ADMIN, null);
        assertEquals(200, listed.statusCode());
        assertTrue(listed.body().contains("\"" + key + "\""));
        assertFalse(listed.body().contains("secret"), "a listing never carries secret material");
        assertFalse(admin("GET", "/" + key, ADMIN, null).body().contains(client.getString("secret")));

        HttpResponse<String> rescoped = admin("PUT", "/" + key + "/scopes", ADMIN, "{\"scopes\":[\"statements/write\"]}");
        assertEquals(200, rescoped.statusCode(), rescoped::body);
        assertEquals(403, lrs("GET", "statements?activity=" + enc(activity), basic, null).statusCode(),
                "read scope withdrawn: refused on the next request");
        assertEquals(200, lrs("POST", "statements", basic, statement(activity)).statusCode());
    }

    @Test
    void disableEnableRotateAndDeleteTakeEffectAtOnce() {
        HttpResponse<String> created = admin("POST", "", ADMIN, "{\"scopes\":[\"all\"]}");
        assertEquals(201, created.statusCode(), created::body);
        String key = json(created).getString("key");
        assertTrue(key.startsWith("lrs-"), key);
        String first = basic(key, json(created).getString("secret"));
        String activity = "https://ept.example/it/admin/" + UUID.randomUUID();
        assertEquals(200, lrs("POST", "statements", first, statement(activity)).statusCode());

        assertTrue(json(admin("POST", "/" + key + "/disable", ADMIN, "")).getBoolean("disabled"));
        assertEquals(401, lrs("POST", "statements", first, statement(activity)).statusCode());
        assertFalse(json(admin("POST", "/" + key + "/enable", ADMIN, "")).getBoolean("disabled"));
        assertEquals(200, lrs("GET", "statements?limit=1", first, null).statusCode());

        HttpResponse<String> rotated = admin("POST", "/" + key + "/secret", ADMIN, "");
        assertEquals(200, rotated.statusCode(), rotated::body);
        String second = basic(key, json(rotated).getString("secret"));
        assertEquals(401, lrs("GET", "statements?limit=1", first, null).statusCode(), "the old secret is dead");
        assertEquals(200, lrs("GET", "statements?limit=1", second, null).statusCode());

        assertEquals(204, admin("DELETE", "/" + key, ADMIN, null).statusCode());
        assertEquals(401, lrs("GET", "statements?limit=1", second, null).statusCode());
        HttpResponse<String> gone = admin("GET", "/" + key, ADMIN, null);
        assertEquals(404, gone.statusCode());
        assertEquals("lrs_client_not_found", json(gone).getString("code"));
        HttpResponse<String> reused = admin("POST", "", ADMIN, "{\"key\":\"" + key + "\",\"scopes\":[\"all\"]}");
        assertEquals(409, reused.statusCode(), "its statements still name it as authority");
        assertEquals("lrs_client_key_used", json(reused).getString("code"));
    }

    @Test
    void refusesBadRequestsWithStableCodes() {
        assertProblem(400, "lrs_client_scope_unknown", admin("POST", "", ADMIN, "{\"scopes\":[\"statements\"]}"));
        assertProblem(400, "lrs_client_scopes_invalid", admin("POST", "", ADMIN, "{\"scopes\":[]}"));
        assertProblem(400, "lrs_client_tenant_unknown", admin("POST", "", ADMIN,
                "{\"scopes\":[\"all\"],\"tenant\":\"" + UUID.randomUUID() + "\"}"));
        assertProblem(400, "lrs_client_key_invalid", admin("POST", "", ADMIN,
                "{\"key\":\"launch-mine\",\"scopes\":[\"all\"]}"));
        assertProblem(400, "lrs_client_body_invalid", admin("POST", "", ADMIN, "{\"scopes\":[\"all\"],\"secret\":\"x\"}"));
        String key = "it-dup-" + UUID.randomUUID();
        assertEquals(201, admin("POST", "", ADMIN, "{\"key\":\"" + key + "\",\"scopes\":[\"all\"]}").statusCode());
        assertProblem(409, "lrs_client_exists", admin("POST", "", ADMIN, "{\"key\":\"" + key + "\",\"scopes\":[\"all\"]}"));
        assertProblem(404, "lrs_client_not_found", admin("POST", "/no-such-client/disable", ADMIN, ""));
    }

    private static void assertProblem(int status, String code, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), response::body);
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertEquals(code, json(response).getString("code"));
    }

    /** A tenant row as the LTI registry creates one; this test sets up its own data. */
    private static String insertTenant() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("EPT_DB_URL") != null,
                "runs in the postgresql execution, where EPT_DB_URL names the tool's database");
        String id = UUID.randomUUID().toString();
        try (Connection c = DriverManager.getConnection(System.getenv("EPT_DB_URL"), System.getenv("EPT_DB_USER"), "");
             PreparedStatement insert = c.prepareStatement("INSERT INTO tenant (id, name, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, id);
            insert.setString(2, "Prifysgol Prawf " + id.substring(0, 8));
            insert.setTimestamp(3, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
        return id;
    }

    private static String statement(String activity) {
        return "{\"actor\":{\"mbox\":\"mailto:learner@example.ac.uk\"},\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"},"
                + "\"object\":{\"id\":\"" + activity + "\"}}";
    }

    private HttpResponse<String> admin(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/admin/xapi/clients" + path))
                .header("Accept", "application/json").method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return send(request);
    }

    private HttpResponse<String> lrs(String method, String path, String authorization, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/xapi/" + path))
                .header(VERSION, "1.0.3").header("Authorization", authorization).method(method, body == null
                        ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request);
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
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }
}
