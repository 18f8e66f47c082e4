package org.enhancedpractice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Grade outbox and roster cache settings: ranges and the backoff schedule. */
class LtiServiceSettingsTest {
    private static final LtiServiceSettings DEFAULTS = new LtiServiceSettings(10, 20, 30, 21_600, 3600);

    @Test
    void defaultsAreValid() {
        assertEquals(List.of(), DEFAULTS.problems());
    }

    @Test
    void backoffDoublesFromTheBaseUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(30), DEFAULTS.backoffAfter(1));
        assertEquals(Duration.ofSeconds(60), DEFAULTS.backoffAfter(2));
        assertEquals(Duration.ofSeconds(120), DEFAULTS.backoffAfter(3));
        assertEquals(Duration.ofSeconds(15_360), DEFAULTS.backoffAfter(10));
        assertEquals(Duration.ofSeconds(21_600), DEFAULTS.backoffAfter(11));
        assertEquals(Duration.ofSeconds(21_600), DEFAULTS.backoffAfter(500), "no overflow on many attempts");
    }

    @Test
    void rejectsOutOfRangeValuesNamingTheKey() {
        List<String> problems = new LtiServiceSettings(0, 0, 30, 10, -1).problems();
        assertEquals(4, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("ept.grades.send-interval-seconds (EPT_GRADES_SEND_INTERVAL_SECONDS)"));
        assertTrue(problems.get(1).startsWith("ept.grades.max-attempts"));
        assertTrue(problems.get(2).startsWith("ept.grades.backoff-max-seconds"), "maximum below the base");
        assertTrue(problems.get(3).startsWith("ept.nrps.max-age-seconds"));
    }
}
