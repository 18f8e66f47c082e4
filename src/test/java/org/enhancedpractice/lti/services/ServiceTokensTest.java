package org.enhancedpractice.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** RFC 6749 §5.1 token answers as platforms really send them. */
class ServiceTokensTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    private static final String LINEITEM = "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem";
    private final ServiceTokens tokens = new ServiceTokens();

    ServiceTokensTest() {
        tokens.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    }

    @Test
    void keepsOnlyTheScopesThePlatformGranted() {
        AccessToken token = tokens.parse("{\"access_token\":\"t\",\"token_type\":\"Bearer\",\"expires_in\":3600,"
                + "\"scope\":\"" + SCORE + "\"}", Set.of(SCORE, LINEITEM));
        assertEquals(Set.of(SCORE), token.grantedScopes());
        assertEquals(NOW.plusSeconds(3600), token.expiresAt());
    }

    @Test
    void withoutScopeTheRequestedScopesWereGranted() {
        AccessToken token = tokens.parse("{\"access_token\":\"t\",\"token_type\":\"bearer\",\"expires_in\":60}", Set.of(SCORE));
        assertEquals(Set.of(SCORE), token.grantedScopes());
    }

    @Test
    void refusesAnAnswerWithoutBearerToken() {
        ServiceCallFailed failure = assertThrows(ServiceCallFailed.class,
                () -> tokens.parse("{\"token_type\":\"Bearer\"}", Set.of(SCORE)));
        assertEquals("platform_token_invalid", failure.code());
        assertEquals("platform_token_invalid", assertThrows(ServiceCallFailed.class,
                () -> tokens.parse("{\"access_token\":\"t\",\"token_type\":\"mac\"}", Set.of(SCORE))).code());
        assertEquals("platform_token_invalid", assertThrows(ServiceCallFailed.class,
                () -> tokens.parse("<html>", Set.of(SCORE))).code());
    }

    @Test
    void tokenIsRenewedShortlyBeforeExpiry() {
        AccessToken token = new AccessToken("t", Set.of(SCORE), NOW.plusSeconds(31));
        assertEquals(true, token.usableAt(NOW));
        assertEquals(false, token.usableAt(NOW.plusSeconds(2)));
    }
}
