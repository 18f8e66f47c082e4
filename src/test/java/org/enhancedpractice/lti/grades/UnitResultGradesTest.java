package org.enhancedpractice.lti.grades;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.enhancedpractice.content.cmi5.LtiPlacement;
import org.enhancedpractice.content.cmi5.UnitProgressed;
import org.enhancedpractice.lti.services.Score;
import org.junit.jupiter.api.Test;

class UnitResultGradesTest {
    private static final String COURSE = "https://e.org/course";
    private static final String CHECK = "https://e.org/au/check";
    private static final String LESSON = "https://e.org/au/lesson";
    private final UnitResultGrades grades = new UnitResultGrades();

    UnitResultGradesTest() {
        grades.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    }

    private static LtiPlacement placed(String module, String unit) {
        return new LtiPlacement(UUID.randomUUID().toString(), "dep-1", "ctx-1", "rl-1", "learner-1", module, unit);
    }

    private static UnitProgressed progress(LtiPlacement placement, String au, String verb, String score,
                                           boolean auSatisfied, boolean courseSatisfied, String send) {
        return new UnitProgressed(UUID.randomUUID(), placement, COURSE, au, verb,
                score == null ? null : new BigDecimal(score), auSatisfied, courseSatisfied, send);
    }

    @Test
    void aPlacedKnowledgeCheckSendsItsScaledScoreAsAFinalGrade() {
        GradeRequest r = grades.grade(progress(placed(COURSE, CHECK), CHECK, "passed", "0.9", true, false, "score"))
                .orElseThrow();
        assertEquals(90.0, r.scoreGiven(), 1e-9);
        assertEquals(100.0, r.scoreMaximum());
        assertEquals(Score.GradingProgress.FullyGraded, r.gradingProgress());
        assertEquals("learner-1", r.userId());
        assertEquals("rl-1", r.link().resourceLinkId());
    }

    @Test
    void aFailedAttemptIsSentToo() {
        assertEquals(50.0, grades.grade(progress(placed(COURSE, CHECK), CHECK, "failed", "0.5", false, false, "score"))
                .orElseThrow().scoreGiven(), 1e-9);
    }

    @Test
    void theCompletedAfterAPassNeverOverwritesTheScore() {
        assertTrue(grades.grade(progress(placed(COURSE, CHECK), CHECK, "completed", null, true, false, "score")).isEmpty());
    }

    @Test
    void aPlacedLessonSendsCompletionWhenItsMoveOnIsMet() {
        assertEquals(100.0, grades.grade(progress(placed(COURSE, LESSON), LESSON, "completed", null, true, false, null))
                .orElseThrow().scoreGiven(), 1e-9);
        assertTrue(grades.grade(progress(placed(COURSE, LESSON), LESSON, "completed", null, false, false, null)).isEmpty());
    }

    @Test
    void anotherUnitDoesNotGradeAUnitLink() {
        assertTrue(grades.grade(progress(placed(COURSE, LESSON), CHECK, "passed", "1", true, false, "score")).isEmpty());
    }

    @Test
    void aModuleLinkIsGradedOnlyWhenTheModuleIsSatisfied() {
        assertTrue(grades.grade(progress(placed(COURSE, null), CHECK, "passed", "1", true, false, "score")).isEmpty());
        assertEquals(100.0, grades.grade(progress(placed(COURSE, null), CHECK, "passed", "1", true, true, "score"))
                .orElseThrow().scoreGiven(), 1e-9);
    }

    @Test
    void withoutAPlacementNothingIsSent() {
        assertTrue(grades.grade(progress(LtiPlacement.NONE, CHECK, "passed", "1", true, true, "score")).isEmpty());
    }
}
