package org.enhancedpractice.xapi.forward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.enhancedpractice.xapi.persistence.ForwardRecord;
import org.junit.jupiter.api.Test;

/** Attempts, exponential backoff and giving up; settings validation (docs/configuration.md xapi.forward.*). */
class RoundResultTest {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final ForwardSettings SETTINGS = settings("http://lrs.example/xapi/", new ForwardSettings.Limits(
            50, 5, 5, 60, 4, 30));

    @Test
    void deliveredIsFinishedWithoutMessage() {
        ForwardRecord r = RoundResult.of(Outcome.delivered(200), 2, NOW, SETTINGS);
        assertEquals("DELIVERED", r.status());
        assertEquals(3, r.attempts());
        assertEquals(NOW, r.finishedAt());
        assertNull(r.message());
    }

    @Test
    void transientFailureWaitsBaseTimesTwoToTheAttemptsCapped() {
        assertEquals(NOW.plusSeconds(5), RoundResult.of(Outcome.retry(503, "down"), 0, NOW, SETTINGS).nextAttemptAt());
        assertEquals(NOW.plusSeconds(10), RoundResult.of(Outcome.retry(503, "down"), 1, NOW, SETTINGS).nextAttemptAt());
        assertEquals(NOW.plusSeconds(20), RoundResult.of(Outcome.retry(null, "refused"), 2, NOW, SETTINGS).nextAttemptAt());
        assertEquals(Duration.ofSeconds(60), SETTINGS.backoffAfter(30));
        ForwardRecord r = RoundResult.of(Outcome.retry(503, "down"), 1, NOW, SETTINGS);
        assertEquals("PENDING", r.status());
        assertEquals(2, r.attempts());
        assertEquals("down", r.message());
    }

    @Test
    void givesUpAfterTheLastAllowedAttemptAndSaysWhy() {
        ForwardRecord r = RoundResult.of(Outcome.retry(503, "down"), 3, NOW, SETTINGS);
        assertEquals("FAILED", r.status());
        assertTrue(r.message().startsWith("Gave up after 4 attempts"), r.message());
    }

    @Test
    void permanentRefusalFailsAtOnceWithTheLrsMessage() {
        ForwardRecord r = RoundResult.of(Outcome.failed(400, "$.actor: ifi-count"), 0, NOW, SETTINGS);
        assertEquals("FAILED", r.status());
        assertEquals(400, r.httpStatus());
        assertEquals("$.actor: ifi-count", r.message());
    }

    @Test
    void deferredCountsNoAttemptAndIsDueAtOnce() {
        ForwardRecord r = RoundResult.of(Outcome.deferred(), 2, NOW, SETTINGS);
        assertEquals("PENDING", r.status());
        assertEquals(2, r.attempts());
        assertEquals(NOW, r.nextAttemptAt());
    }

    @Test
    void settingsNeedNothingWhenForwardingIsOff() {
        assertTrue(settings(null, new ForwardSettings.Limits(0, 0, 0, 0, 0, 0)).problems().isEmpty());
    }

    @Test
    void settingsRefuseEachBadValueNamingKeyAndVariable() {
        ForwardSettings bad = new ForwardSettings("ftp://lrs.example/xapi?x=1", " ", "", new ForwardSettings.Limits(
                0, 0, 0, 0, 0, 0));
        var problems = bad.problems();
        assertEquals(9, problems.size(), problems::toString);
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_ENDPOINT")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_KEY")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_SECRET")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_BATCH_SIZE")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_BACKOFF_MAX_SECONDS")));
        assertTrue(problems.stream().anyMatch(p -> p.contains("XAPI_FORWARD_TIMEOUT_SECONDS")));
    }

    @Test
    void backoffMaxMayNotBeBelowBase() {
        var problems = settings("https://lrs.example/xapi/", new ForwardSettings.Limits(50, 5, 120, 60, 10, 30))
                .problems();
        assertEquals(1, problems.size(), problems::toString);
        assertTrue(problems.get(0).contains("xapi.forward.backoff-max-seconds"));
    }

    private static ForwardSettings settings(String endpoint, ForwardSettings.Limits limits) {
        return new ForwardSettings(endpoint, "key", "secret", limits);
    }
}
