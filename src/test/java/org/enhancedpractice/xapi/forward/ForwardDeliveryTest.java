package org.enhancedpractice.xapi.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.xapi.attachment.MultipartMixed;
import org.enhancedpractice.xapi.forward.Outcome.Kind;
import org.enhancedpractice.xapi.forward.client.AttachmentPart;
import org.enhancedpractice.xapi.forward.client.ClientConfig;
import org.enhancedpractice.xapi.forward.client.XapiClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Batching, order and classification of one round (xAPI 1.0.3 Part 3 §2.1.1, §2.1.2, §1.5.2, §6.2) against a
 * scripted LRS over real HTTP.
 */
class ForwardDeliveryTest {
    private static final String ACTOR_A = "mailto:amira@example.org";
    private static final String ACTOR_B = "mailto:ben@example.org";
    private FakeLrs lrs;

    @AfterEach
    void stop() {
        if (lrs != null) {
            lrs.close();
        }
    }

    @Test
    void sendsOneBatchInStoredOrderWithCredentialsAndVersion() throws IOException {
        lrs = new FakeLrs(r -> new FakeLrs.Answer(200, "[]"));
        List<Outgoing> round = List.of(statement(1, ACTOR_A), statement(2, ACTOR_B), statement(3, ACTOR_A));
        Map<UUID, Outcome> outcomes = delivery(lrs.endpoint()).deliver(round);
        assertEquals(1, lrs.requests.size());
        FakeLrs.Request post = lrs.requests.get(0);
        assertEquals("POST", post.method());
        assertEquals("1.0.3", post.version());
        assertEquals("application/json", post.contentType());
        assertEquals("Basic " + java.util.Base64.getEncoder().encodeToString("k:s".getBytes(StandardCharsets.UTF_8)),
                post.authorization());
        var ids = Json.createReader(new java.io.StringReader(post.text())).readArray().stream()
                .map(v -> v.asJsonObject().getString("id")).toList();
        assertEquals(round.stream().map(o -> o.statementId().toString()).toList(), ids);
        assertTrue(outcomes.values().stream().allMatch(o -> o.kind() == Kind.DELIVERED));
    }

    @Test
    void retriesWholeBatchOnServerErrorsTimeoutsAndThrottling() throws IOException {
        for (int status : new int[] {500, 502, 503, 408, 429, 404}) {
            lrs = new FakeLrs(r -> new FakeLrs.Answer(status, "busy"));
            Map<UUID, Outcome> outcomes = delivery(lrs.endpoint()).deliver(List.of(statement(1, ACTOR_A),
                    statement(2, ACTOR_B)));
            assertTrue(outcomes.values().stream().allMatch(o -> o.kind() == Kind.RETRY && o.httpStatus() == status),
                    outcomes::toString);
            assertEquals(1, lrs.requests.size(), "no one-by-one pass on a transient failure");
            lrs.close();
        }
        lrs = null;
    }

    @Test
    void retriesWhenNothingListens() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort() + "/xapi/");
        }
        Outcome outcome = delivery(closed).deliver(List.of(statement(1, ACTOR_A))).values().iterator().next();
        assertEquals(Kind.RETRY, outcome.kind());
        assertEquals(null, outcome.httpStatus());
        assertTrue(outcome.message().startsWith("LRS not reachable"), outcome.message());
    }

    @Test
    void refusedBatchIsSentOneByOneAndOnlyTheRefusedStatementFailsWithTheLrsMessage() throws IOException {
        Outgoing bad = statement(2, ACTOR_B);
        lrs = new FakeLrs(r -> r.method().equals("POST") ? new FakeLrs.Answer(400, "batch refused")
                : r.query().contains(bad.statementId().toString()) ? new FakeLrs.Answer(400, "$.verb: not an IRI")
                : new FakeLrs.Answer(204, ""));
        List<Outgoing> round = List.of(statement(1, ACTOR_A), bad, statement(3, ACTOR_A));
        Map<UUID, Outcome> outcomes = delivery(lrs.endpoint()).deliver(round);
        assertEquals(List.of("POST", "PUT", "PUT", "PUT"), lrs.requests.stream().map(FakeLrs.Request::method).toList());
        assertEquals(List.of(Kind.DELIVERED, Kind.FAILED, Kind.DELIVERED), kinds(outcomes));
        assertEquals("$.verb: not an IRI", outcomes.get(bad.statementId()).message());
        assertEquals(400, outcomes.get(bad.statementId()).httpStatus());
    }

    @Test
    void conflictWithTheSameStatementHeldIsDelivered() throws IOException {
        Outgoing one = statement(1, ACTOR_A);
        String held = Json.createObjectBuilder(one.statement()).add("stored", "2026-12-01T09:00:00.000Z")
                .add("authority", agent("mailto:other-lrs@example.org")).add("version", "1.0.3").build().toString();
        lrs = new FakeLrs(r -> r.method().equals("GET") ? new FakeLrs.Answer(200, held) : new FakeLrs.Answer(409, "dup"));
        assertEquals(List.of(Kind.DELIVERED), kinds(delivery(lrs.endpoint()).deliver(List.of(one))));
        assertEquals("statementId=" + one.statementId(), lrs.requests.get(1).query());
    }

    @Test
    void conflictWithADifferentStatementFails() throws IOException {
        Outgoing one = statement(1, ACTOR_A);
        String held = Json.createObjectBuilder(one.statement()).add("verb", Json.createObjectBuilder()
                .add("id", "http://adlnet.gov/expapi/verbs/failed")).build().toString();
        lrs = new FakeLrs(r -> r.method().equals("GET") ? new FakeLrs.Answer(200, held) : new FakeLrs.Answer(409, "dup"));
        Outcome outcome = delivery(lrs.endpoint()).deliver(List.of(one)).get(one.statementId());
        assertEquals(Kind.FAILED, outcome.kind());
        assertTrue(outcome.message().contains("different statement"), outcome.message());
    }

    @Test
    void conflictWhoseStatementCannotBeFoundFails() throws IOException {
        Outgoing one = statement(1, ACTOR_A);
        lrs = new FakeLrs(r -> r.method().equals("GET") ? new FakeLrs.Answer(404, "none") : new FakeLrs.Answer(409, "dup"));
        Outcome outcome = delivery(lrs.endpoint()).deliver(List.of(one)).get(one.statementId());
        assertEquals(Kind.FAILED, outcome.kind());
        assertEquals(409, outcome.httpStatus());
    }

    @Test
    void conflictOnAVoidedStatementIsCheckedThroughVoidedStatementId() throws IOException {
        Outgoing one = statement(1, ACTOR_A);
        lrs = new FakeLrs(r -> r.method().equals("POST") ? new FakeLrs.Answer(409, "dup")
                : r.query().startsWith("statementId") ? new FakeLrs.Answer(404, "voided")
                : new FakeLrs.Answer(200, one.statement().toString()));
        assertEquals(List.of(Kind.DELIVERED), kinds(delivery(lrs.endpoint()).deliver(List.of(one))));
        assertTrue(lrs.requests.get(2).query().startsWith("voidedStatementId="));
    }

    @Test
    void afterATransientFailureInTheOneByOnePassNothingLaterIsSent() throws IOException {
        Outgoing second = statement(2, ACTOR_A);
        lrs = new FakeLrs(r -> r.method().equals("POST") ? new FakeLrs.Answer(400, "batch refused")
                : r.query().contains(second.statementId().toString()) ? new FakeLrs.Answer(503, "down")
                : new FakeLrs.Answer(204, ""));
        Map<UUID, Outcome> outcomes = delivery(lrs.endpoint()).deliver(List.of(statement(1, ACTOR_A), second,
                statement(3, ACTOR_A), statement(4, ACTOR_B)));
        assertEquals(List.of(Kind.DELIVERED, Kind.RETRY, Kind.DEFERRED, Kind.DEFERRED), kinds(outcomes));
        assertEquals(3, lrs.requests.size(), "POST, then PUT 1 and PUT 2 only");
    }

    @Test
    void statementsOfDifferentVersionsGoInConsecutiveRunsWithTheirOwnHeader() throws IOException {
        lrs = new FakeLrs(r -> new FakeLrs.Answer(200, "[]"));
        List<Outgoing> round = List.of(statement(1, ACTOR_A), versioned(statement(2, ACTOR_A), "2.0.0"),
                versioned(statement(3, ACTOR_B), "2.0.0"), statement(4, ACTOR_A));
        assertEquals(List.of(Kind.DELIVERED, Kind.DELIVERED, Kind.DELIVERED, Kind.DELIVERED),
                kinds(delivery(lrs.endpoint()).deliver(round)));
        assertEquals(List.of("1.0.3", "2.0.0", "1.0.3"), lrs.requests.stream().map(FakeLrs.Request::version).toList());
    }

    @Test
    void laterRunsWaitWhenAnEarlierRunMustBeRetried() throws IOException {
        lrs = new FakeLrs(r -> new FakeLrs.Answer(503, "down"));
        List<Outgoing> round = List.of(statement(1, ACTOR_A), versioned(statement(2, ACTOR_A), "2.0.0"));
        assertEquals(List.of(Kind.RETRY, Kind.DEFERRED), kinds(delivery(lrs.endpoint()).deliver(round)));
        assertEquals(1, lrs.requests.size());
    }

    @Test
    void attachmentDataTravelsAsMultipartMixedOncePerSha2() throws IOException {
        lrs = new FakeLrs(r -> new FakeLrs.Answer(200, "[]"));
        byte[] pdf = "%PDF-1.7 reflective account".getBytes(StandardCharsets.UTF_8);
        AttachmentPart part = new AttachmentPart(sha256(pdf), "application/pdf", pdf);
        List<Outgoing> round = List.of(withPart(statement(1, ACTOR_A), part), withPart(statement(2, ACTOR_B), part));
        delivery(lrs.endpoint()).deliver(round);
        FakeLrs.Request post = lrs.requests.get(0);
        assertTrue(post.contentType().startsWith("multipart/mixed; boundary="), post.contentType());
        List<MultipartMixed.Part> parts = MultipartMixed.parse(post.body(), MultipartMixed.boundary(post.contentType()));
        assertEquals(2, parts.size());
        assertEquals("application/json", parts.get(0).header("Content-Type"));
        assertEquals(part.sha2(), parts.get(1).header("X-Experience-API-Hash"));
        assertEquals("binary", parts.get(1).header("Content-Transfer-Encoding"));
        assertEquals(new String(pdf, StandardCharsets.UTF_8), new String(parts.get(1).body(), StandardCharsets.UTF_8));
    }

    private static ForwardDelivery delivery(URI endpoint) {
        return new ForwardDelivery(XapiClient.create(new ClientConfig(endpoint, "k", "s", Duration.ofSeconds(5), null)));
    }

    private static List<Kind> kinds(Map<UUID, Outcome> outcomes) {
        return new ArrayList<>(outcomes.values().stream().map(Outcome::kind).toList());
    }

    static Outgoing statement(int n, String mbox) {
        UUID id = UUID.fromString(String.format("00000000-0000-4000-8000-%012d", n));
        JsonObject json = Json.createObjectBuilder().add("id", id.toString()).add("actor", agent(mbox))
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/experienced")
                        .add("display", Json.createObjectBuilder().add("en-GB", "experienced").add("cy", "profodd")))
                .add("object", Json.createObjectBuilder().add("id", "https://ept.example/activities/" + n))
                .add("timestamp", "2026-12-01T09:00:0" + (n % 10) + ".000Z").add("version", "1.0.0").build();
        return new Outgoing(id, json, List.of());
    }

    private static Outgoing versioned(Outgoing o, String version) {
        return new Outgoing(o.statementId(), Json.createObjectBuilder(o.statement()).add("version", version).build(),
                o.parts());
    }

    private static Outgoing withPart(Outgoing o, AttachmentPart part) {
        JsonObject json = Json.createObjectBuilder(o.statement()).add("attachments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("usageType", "http://id.tincanapi.com/attachment/supporting_media")
                        .add("display", Json.createObjectBuilder().add("en-GB", "Reflection"))
                        .add("contentType", part.contentType()).add("length", part.content().length)
                        .add("sha2", part.sha2()))).build();
        return new Outgoing(o.statementId(), json, List.of(part));
    }

    private static JsonObject agent(String mbox) {
        return Json.createObjectBuilder().add("objectType", "Agent").add("mbox", mbox).build();
    }

    private static String sha256(byte[] data) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(data));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
