package org.enhancedpractice.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Score;
import org.junit.jupiter.api.Test;

/** The grade outbox's request: AGS 2.0 §3.4 rules checked when a grade is queued, not when it is sent. */
class GradeRequestTest {
    private static final CourseLink LINK = new CourseLink(UUID.fromString("5b0f4a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b"), "1",
            "course-42", "rl-ot-1");
    private static final Instant T = Instant.parse("2026-11-25T09:00:00.123Z");

    @Test
    void finalScoreIsCompletedAndFullyGraded() {
        GradeRequest request = GradeRequest.finalScore(LINK, "learner-7", 8, 10, T);
        assertEquals(Score.ActivityProgress.Completed, request.activityProgress());
        assertEquals(Score.GradingProgress.FullyGraded, request.gradingProgress(), "Moodle ignores anything else");
        assertTrue(request.lineItem().isTheLinksOwn());
    }

    @Test
    void rejectsScoreWithoutMaximumNegativeScoreAndMissingUser() {
        assertThrows(IllegalArgumentException.class, () -> grade("u", 5.0, null));
        assertThrows(IllegalArgumentException.class, () -> grade("u", -1.0, 10.0));
        assertThrows(IllegalArgumentException.class, () -> grade("u", 1.0, 0.0));
        assertThrows(IllegalArgumentException.class, () -> grade(" ", 1.0, 10.0));
        assertThrows(NullPointerException.class, () -> new GradeRequest(LINK, null, "u", null, null,
                Score.ActivityProgress.Started, Score.GradingProgress.NotReady, null, null));
    }

    @Test
    void sameLinkChoiceAndUserShareAKeyWhateverTheScore() {
        assertEquals(GradeRequest.finalScore(LINK, "u", 1, 10, T).key(),
                GradeRequest.finalScore(LINK, "u", 9, 10, T.plusSeconds(60)).key());
        assertNotEquals(GradeRequest.finalScore(LINK, "u", 1, 10, T).key(),
                GradeRequest.finalScore(LINK, "v", 1, 10, T).key());
        assertNotEquals(GradeRequest.finalScore(LINK, "u", 1, 10, T).key(), GradeRequest.finalScore(LINK, "u", 1, 10, T)
                .on(new LineItemChoice(null, null, "unit-3", null)).key(), "another line item");
        assertNotEquals(GradeRequest.finalScore(LINK, "u", 1, 10, T).key(), GradeRequest.finalScore(LINK, "u", 1, 10, T)
                .on(LineItemChoice.exactly(URI.create("https://lms.example/li/2"))).key());
        assertEquals(64, GradeRequest.finalScore(LINK, "u", 1, 10, T).key().length());
    }

    @Test
    void missingContextAndLinkAreStoredEmpty() {
        CourseLink link = new CourseLink(LINK.registrationId(), "1", null, null);
        assertEquals("", link.contextId());
        assertEquals("", link.resourceLinkId());
        assertEquals(new CourseLink(LINK.registrationId(), "1", "course-42", ""), LINK.contextOnly());
    }

    private static GradeRequest grade(String user, Double given, Double maximum) {
        return new GradeRequest(LINK, LineItemChoice.forLink(), user, given, maximum, Score.ActivityProgress.Completed,
                Score.GradingProgress.FullyGraded, null, T);
    }
}
