package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Forwarding to an external LRS across an outage (docs/xapi.md "Forwarding"). The tool under test (Arquillian, on
 * PostgreSQL, forwarding configured by the pom's "forwarding" execution: batches of 5, every second) forwards to a
 * second instance of the tool that this test starts as its own process on {@code it.forward.port}, stops, and starts
 * again on the same embedded data. The second instance allows only 64 KiB requests, so a statement with a larger
 * attachment is a permanent refusal (413, xAPI 1.0.3 Part 3 §1.5.2 / RFC 9110 §15.5.14).
 */
@EnabledIfSystemProperty(named = "it.forwarding", matches = "true",
        disabledReason = "runs in the pom's forwarding execution only, where the tool under test forwards")
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ForwardingIT {
    private static final String DEMO = basic("demo", "demo-secret-change-me");
    private static final String TARGET_KEY = "forward-target";
    private static final String TARGET = basic(TARGET_KEY, "forward-target-secret-not-secret");
    private static final String ADMIN = "Bearer it-admin-token-not-secret-0123456789abcdef";
    private static final String VERSION = "X-Experience-API-Version";
    private final HttpClient http = HttpClient.newHttpClient();
    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private final List<Sent> sent = new ArrayList<>();

    private record Sent(UUID id, String actor) {
    }

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void forwardsEveryStatementAcrossAnOutageInOrderAndReportsThePermanentRefusal() throws Exception {
        Path dir = Files.createTempDirectory("ept-forward-target");
        try (SecondTool target = new SecondTool(dir, Integer.getInteger("it.forward.port"), Map.of(
                "XAPI_DEMO_KEY", TARGET_KEY, "XAPI_DEMO_SECRET", "forward-target-secret-not-secret",
                "XAPI_REQUEST_MAX_BYTES", "65536"))) {
            target.start();
            for (int i = 0; i < 8; i++) {
                store(i % 2 == 0 ? "a" : "b", i, null);
            }
            UUID withFile = store("a", 8, "Reflective account: supervised clinic, Tuesday".getBytes(StandardCharsets.UTF_8));
            awaitAllForwarded(Duration.ofSeconds(60));
            assertEveryStatementArrivedUnchangedInOrder(target, null);

            target.stop();
            for (int i = 9; i < 29; i++) {
                store(i % 3 == 0 ? "b" : "a", i, null);
            }
            UUID tooLarge = store("b", 29, new byte[70_000]);
            store("b", 30, null);
            awaitTrue(Duration.ofSeconds(30), () -> retriedWhileDown(), "rows retried while the target is down");

            target.start();
            awaitAllForwarded(Duration.ofSeconds(120));
            assertEveryStatementArrivedUnchangedInOrder(target, tooLarge);
            assertAttachmentArrived(target, withFile);
            assertRefusalReported(tooLarge);
        }
    }

    private UUID store(String actor, int n, byte[] file) throws Exception {
        UUID id = UUID.randomUUID();
        var statement = Json.createObjectBuilder().add("id", id.toString())
                .add("actor", Json.createObjectBuilder().add("objectType", "Agent").add("name", "Åsa Öberg " + actor)
                        .add("mbox", "mailto:forward-" + actor + "-" + run + "@example.org"))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/experienced")
                        .add("display", Json.createObjectBuilder().add("en-GB", "experienced").add("cy", "profodd")))
                .add("object", Json.createObjectBuilder().add("id", "https://ept.example/it/forwarding/" + run + "/" + n)
                        .add("definition", Json.createObjectBuilder().add("name",
                                Json.createObjectBuilder().add("en-GB", "Step " + n).add("cy", "Cam " + n))));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Deployments.baseUrl() + "/xapi/statements"))
                .header("Authorization", DEMO).header(VERSION, "1.0.3");
        if (file == null) {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(statement.build().toString()));
        } else {
            String sha2 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
            statement.add("attachments", Json.createArrayBuilder().add(Json.createObjectBuilder()
                    .add("usageType", "http://id.tincanapi.com/attachment/supporting_media")
                    .add("display", Json.createObjectBuilder().add("en-GB", "Evidence"))
                    .add("contentType", "text/plain").add("length", file.length).add("sha2", sha2)));
            String boundary = "it-" + run;
            request.header("Content-Type", "multipart/mixed; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, statement.build(), sha2, file)));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response::body);
        sent.add(new Sent(id, actor));
        return id;
    }

    private boolean retriedWhileDown() {
        return forwarding("PENDING").stream().anyMatch(e -> e.getInt("attempts") > 0
                && e.getString("lastMessage", "").startsWith("LRS not reachable"));
    }

    private void awaitAllForwarded(Duration limit) throws InterruptedException {
        awaitTrue(limit, () -> {
            JsonObject counts = admin("").getJsonObject("counts");
            return counts.getInt("PENDING") == 0 && counts.getInt("SENDING") == 0;
        }, "an empty forwarding queue");
    }

    private void assertEveryStatementArrivedUnchangedInOrder(SecondTool target, UUID refused) throws Exception {
        Map<String, Instant> lastStored = new java.util.HashMap<>();
        for (Sent s : sent) {
            if (s.id().equals(refused)) {
                continue;
            }
            HttpResponse<String> there = get(target.baseUrl() + "/xapi/statements?statementId=" + s.id(), TARGET);
            assertEquals(200, there.statusCode(), () -> "statement " + sent.indexOf(s) + " (" + s.id()
                    + ") missing on the target: " + there.body() + "; outbox: " + entryOf(s.id()));
            JsonObject forwarded = parse(there.body());
            JsonObject original = parse(get(Deployments.baseUrl() + "/xapi/statements?statementId=" + s.id(), DEMO).body());
            assertEquals(comparable(original), comparable(forwarded), "statement " + s.id() + " changed on the way");
            Instant stored = Instant.parse(forwarded.getString("stored"));
            Instant before = lastStored.put(s.actor(), stored);
            assertTrue(before == null || !stored.isBefore(before), "actor " + s.actor() + ": " + s.id()
                    + " was stored on the target before an earlier statement of the same actor");
        }
    }

    private void assertAttachmentArrived(SecondTool target, UUID id) throws Exception {
        HttpResponse<String> there = get(target.baseUrl() + "/xapi/statements?statementId=" + id + "&attachments=true",
                TARGET);
        assertEquals(200, there.statusCode(), there::body);
        assertTrue(there.headers().firstValue("Content-Type").orElse("").startsWith("multipart/mixed"));
        assertTrue(there.body().contains("Reflective account: supervised clinic, Tuesday"), there::body);
    }

    private void assertRefusalReported(UUID tooLarge) {
        List<JsonObject> failed = forwarding("FAILED");
        JsonObject entry = failed.stream().filter(e -> e.getString("statementId").equals(tooLarge.toString()))
                .findFirst().orElseThrow(() -> new AssertionError("not listed as FAILED: " + failed));
        assertEquals(413, entry.getInt("lastHttpStatus"));
        assertTrue(entry.getString("lastMessage").contains("xapi-request-too-large"), entry::toString);
        assertEquals(1, failed.stream().filter(e -> sent.stream().anyMatch(s -> s.id().toString()
                .equals(e.getString("statementId")))).count(), "only the oversized statement failed");
    }

    private String entryOf(UUID id) {
        return admin("").getJsonArray("entries").getValuesAs(JsonObject.class).stream()
                .filter(e -> e.getString("statementId").equals(id.toString())).findFirst().map(Object::toString)
                .orElse("none");
    }

    private List<JsonObject> forwarding(String status) {
        return admin("?status=" + status).getJsonArray("entries").getValuesAs(JsonObject.class);
    }

    private JsonObject admin(String query) {
        try {
            HttpResponse<String> r = get(Deployments.baseUrl() + "/admin/xapi/forwarding" + query, ADMIN);
            assertEquals(200, r.statusCode(), r::body);
            return parse(r.body());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpResponse<String> get(String url, String authorization) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header(VERSION, "1.0.3").GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonObject comparable(JsonObject statement) {
        return Json.createObjectBuilder(statement).remove("stored").remove("authority").remove("version").build();
    }

    private static void awaitTrue(Duration limit, BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Timed out after " + limit + " waiting for " + what);
            }
            Thread.sleep(500);
        }
    }

    private static byte[] multipart(String boundary, JsonObject statement, String sha2, byte[] file) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--" + boundary
                + "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha2
                + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(file);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static JsonObject parse(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
