package org.enhancedpractice.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URI;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** AGS 2.0 §3.4 scores and the quirks of real platforms. */
class ScoresTest {
    private static final Instant T = Instant.parse("2026-11-25T09:00:00.123456Z");

    @ParameterizedTest
    @CsvSource({
            "https://moodle.example.ac.uk/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3, https://moodle.example.ac.uk/mod/lti/services.php/2/lineitems/7/lineitem/scores?type_id=3",
            "https://learn.example.ac.uk/learn/api/v1/lti/courses/_4_1/lineItems/_9_1, https://learn.example.ac.uk/learn/api/v1/lti/courses/_4_1/lineItems/_9_1/scores",
            "https://canvas.example.edu/api/lti/courses/1/line_items/2/, https://canvas.example.edu/api/lti/courses/1/line_items/2/scores"})
    void insertsScoresBeforeTheQuery(String lineItem, String expected) {
        assertEquals(URI.create(expected), ServiceUrls.append(URI.create(lineItem), "scores"));
    }

    @Test
    void finalScoreIsFullyGradedWithMilliseconds() {
        JsonObject json = Score.finalScore("moodle-user-12", 8, 10, T).toJson();
        assertEquals("FullyGraded", json.getString("gradingProgress"));
        assertEquals("Completed", json.getString("activityProgress"));
        assertEquals("2026-11-25T09:00:00.123Z", json.getString("timestamp"));
        assertEquals(8.0, json.getJsonNumber("scoreGiven").doubleValue());
        assertEquals(10.0, json.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("moodle-user-12", json.getString("userId"));
    }

    @Test
    void scoreGivenNeedsScoreMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new Score("u", 5.0, null, null,
                Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, T));
        assertThrows(IllegalArgumentException.class, () -> new Score("u", -1.0, 10.0, null,
                Score.ActivityProgress.Completed, Score.GradingProgress.FullyGraded, T));
    }

    @Test
    void progressOnlyScoreHasNoMark() {
        JsonObject json = new Score("u", null, null, null, Score.ActivityProgress.Started,
                Score.GradingProgress.NotReady, T).toJson();
        assertFalse(json.containsKey("scoreGiven"));
        assertFalse(json.containsKey("scoreMaximum"));
    }

    @ParameterizedTest
    @CsvSource({"200, ACCEPTED", "204, ACCEPTED", "401, RETRY", "408, RETRY", "409, RETRY", "429, RETRY",
            "503, RETRY", "400, REFUSED", "403, REFUSED", "404, REFUSED", "422, REFUSED"})
    void classifiesPlatformAnswers(int status, ScoreOutcome.Kind kind) {
        assertEquals(kind, ScoreOutcome.of(status, "Incorrect score received").kind());
    }

    @Test
    void onlyA409IsATimestampConflict() {
        assertTrue(ScoreOutcome.of(409, "").timestampConflict());
        assertFalse(ScoreOutcome.of(503, "").timestampConflict());
        assertFalse(ScoreOutcome.of(400, "").timestampConflict());
    }

    @Test
    void permanentServiceFailuresAreRefusalsOthersRetries() {
        assertEquals(ScoreOutcome.Kind.REFUSED, ScoreOutcome.of(new ServiceCallFailed("x", "y", true)).kind());
        assertEquals(ScoreOutcome.Kind.RETRY, ScoreOutcome.of(new ServiceCallFailed("x", "y")).kind());
        assertEquals(ScoreOutcome.Kind.RETRY, ScoreOutcome.of(ServiceCallFailed.answered("c",
                URI.create("https://lms.example/li"), 503, "down")).kind());
        assertEquals(ScoreOutcome.Kind.REFUSED, ScoreOutcome.of(ServiceCallFailed.answered("c",
                URI.create("https://lms.example/li"), 403, "no")).kind());
    }
}
