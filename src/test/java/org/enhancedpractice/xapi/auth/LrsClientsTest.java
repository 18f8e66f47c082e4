package org.enhancedpractice.xapi.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** HTTP Basic parsing (RFC 7617), PBKDF2 secrets and scopes (xAPI 1.0.3 Part 3 §4). */
class LrsClientsTest {
    @Test
    void parsesBasicCredentialsWithColonInSecret() {
        String header = "Basic " + Base64.getEncoder().encodeToString("demo:se:cret".getBytes(StandardCharsets.UTF_8));
        assertArrayEquals(new String[] {"demo", "se:cret"}, LrsClients.basic(header).orElseThrow());
    }

    @Test
    void refusesOtherSchemesAndGarbage() {
        assertTrue(LrsClients.basic("Bearer abc").isEmpty());
        assertTrue(LrsClients.basic("Basic %%%").isEmpty());
        assertTrue(LrsClients.basic(null).isEmpty());
    }

    @Test
    void secretHashMatchesOnlyTheSecret() {
        SecretHash hash = SecretHash.create("demo-secret-change-me", new SecureRandom());
        assertTrue(hash.matches("demo-secret-change-me"));
        assertFalse(hash.matches("demo-secret-change-me!"));
    }

    @Test
    void allScopeCoversStatementScopes() {
        assertTrue(new LrsClient("k", Set.of("all"), null).may(LrsClient.SCOPE_STATEMENTS_WRITE));
        assertFalse(new LrsClient("k", Set.of("statements/read"), null).may(LrsClient.SCOPE_STATEMENTS_WRITE));
    }
}
