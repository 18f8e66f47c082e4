package org.enhancedpractice.xapi.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.xapi.persistence.JpaLaunchCredentialStore;
import org.enhancedpractice.xapi.persistence.LaunchCredentialRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issuing, checking and revoking launch-scoped credentials (cmi5 §8.2.3 auth-token as an HTTP Basic credential). The
 * JPA store is an in-memory map here (no database in unit tests); LrsDocumentsIT uses real rows over HTTP.
 */
class LaunchCredentialsTest {
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");
    private static final JsonObject LEARNER = Json.createObjectBuilder().add("mbox", "mailto:l@example.ac.uk").build();
    private final LaunchCredentials credentials = new LaunchCredentials();
    private final Map<String, LaunchCredentialRow> rows = new HashMap<>();

    @BeforeEach
    void inMemoryStore() {
        credentials.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        credentials.store = new JpaLaunchCredentialStore() {
            @Override
            public void insert(LaunchCredentialRow row, Instant now) {
                rows.put(row.credentialId(), row);
            }

            @Override
            public Optional<LaunchCredentialRow> find(String id) {
                return Optional.ofNullable(rows.get(id));
            }

            @Override
            public void delete(String id) {
                rows.remove(id);
            }

            @Override
            public int deleteExpired(Instant before) {
                int size = rows.size();
                rows.values().removeIf(r -> r.expires().isBefore(before));
                return size - rows.size();
            }
        };
    }

    @Test
    void issuedTokenAuthenticatesAsBasicCredentialWithItsScope() {
        LaunchScope scope = scope(NOW.plusSeconds(600));
        String token = credentials.issue(scope);
        String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
        assertTrue(decoded.startsWith("launch-") && decoded.contains(":"), "RFC 7617 user-id:password form");
        LaunchCredentials.LaunchCredential found = credentials.authenticate("Basic " + token).orElseThrow();
        assertEquals(scope, found.scope());
        assertTrue(LaunchCredentials.isLaunchCredential("Basic " + token));
        assertFalse(LaunchCredentials.isLaunchCredential("Basic " + Base64.getEncoder().encodeToString("demo:x".getBytes())));
    }

    @Test
    void secretIsStoredHashedOnly() {
        String token = credentials.issue(scope(NOW.plusSeconds(600)));
        String secret = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split(":", 2)[1];
        LaunchCredentialRow row = rows.values().iterator().next();
        assertFalse(row.secretHash().contains(secret));
        assertEquals(64, row.secretHash().length());
    }

    @Test
    void expiredCredentialAuthenticatesNothing() {
        String token = credentials.issue(scope(NOW.plusSeconds(60)));
        credentials.clock = Clock.fixed(NOW.plusSeconds(60), ZoneOffset.UTC);
        assertTrue(credentials.authenticate("Basic " + token).isEmpty());
    }

    @Test
    void wrongSecretAuthenticatesNothing() {
        String token = credentials.issue(scope(NOW.plusSeconds(60)));
        String id = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8).split(":", 2)[0];
        String forged = Base64.getEncoder().encodeToString((id + ":guess").getBytes(StandardCharsets.UTF_8));
        assertTrue(credentials.authenticate("Basic " + forged).isEmpty());
    }

    @Test
    void revokedCredentialAuthenticatesNothing() {
        String token = credentials.issue(scope(NOW.plusSeconds(600)));
        credentials.revoke(token);
        assertTrue(credentials.authenticate("Basic " + token).isEmpty());
    }

    @Test
    void issuingRemovesLongExpiredCredentials() {
        rows.put("launch-old", new LaunchCredentialRow("launch-old", "h", null, LEARNER.toString(), UUID.randomUUID(),
                "https://ept.example/au", NOW.minus(LaunchCredentials.KEEP_EXPIRED).minusSeconds(1)));
        credentials.issue(scope(NOW.plusSeconds(600)));
        assertFalse(rows.containsKey("launch-old"));
    }

    @Test
    void refusesScopeThatExpiredOrIsNotAnAgent() {
        assertThrows(IllegalArgumentException.class, () -> credentials.issue(scope(NOW)));
        JsonObject group = Json.createObjectBuilder().add("objectType", "Group").add("mbox", "mailto:g@example.ac.uk")
                .build();
        assertThrows(IllegalArgumentException.class,
                () -> new LaunchScope(null, group, UUID.randomUUID(), "https://ept.example/au", NOW));
        assertThrows(IllegalArgumentException.class,
                () -> new LaunchScope(null, LEARNER, UUID.randomUUID(), "not an iri", NOW));
    }

    private static LaunchScope scope(Instant expires) {
        return new LaunchScope(null, LEARNER, UUID.fromString("0e2ba1b0-5a4f-4c84-9c1c-3a8e1d0c0a1b"),
                "https://ept.example/au", expires);
    }
}
