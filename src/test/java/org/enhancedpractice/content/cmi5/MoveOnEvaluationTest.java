package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.content.cmi5.Cmi5Fixtures.T0;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.content.pkg.Course;
import org.enhancedpractice.content.pkg.MoveOn;
import org.junit.jupiter.api.Test;

class MoveOnEvaluationTest {
    private final Course course = Cmi5Fixtures.course(Cmi5Fixtures.au("https://e.org/au/1", MoveOn.Completed),
            Cmi5Fixtures.au("https://e.org/au/2", MoveOn.CompletedAndPassed));

    private static List<String> ids(MoveOnEvaluation.Outcome o) {
        return o.newlySatisfied().stream().map(MoveOnEvaluation.Satisfied::publisherId).toList();
    }

    @Test
    void nothingIsSatisfiedAtTheStart() {
        assertEquals(List.of(), ids(MoveOnEvaluation.evaluate(course, Map.of(), T0)));
    }

    @Test
    void notApplicableAusAreSatisfiedAtRegistration() {
        Course free = Cmi5Fixtures.course(Cmi5Fixtures.au("https://e.org/au/1", MoveOn.NotApplicable));
        assertEquals(List.of("https://e.org/au/1", "https://e.org/block/1", "https://e.org/course"),
                ids(MoveOnEvaluation.evaluate(free, Map.of(), T0)));
    }

    @Test
    void completingOneAuSatisfiesOnlyThatAu() {
        var progress = Map.of("https://e.org/au/1", Progress.none("https://e.org/au/1", "au").completed(T0));
        assertEquals(List.of("https://e.org/au/1"), ids(MoveOnEvaluation.evaluate(course, progress, T0)));
    }

    @Test
    void completedWithoutPassedDoesNotMeetCompletedAndPassed() {
        var progress = Map.of(
                "https://e.org/au/1", Progress.none("https://e.org/au/1", "au").completed(T0).satisfied(T0),
                "https://e.org/au/2", Progress.none("https://e.org/au/2", "au").completed(T0));
        assertEquals(List.of(), ids(MoveOnEvaluation.evaluate(course, progress, T0)));
    }

    @Test
    void theLastAuSatisfiesBlockAndCourseOnce() {
        var progress = Map.of(
                "https://e.org/au/1", Progress.none("https://e.org/au/1", "au").completed(T0).satisfied(T0),
                "https://e.org/au/2", Progress.none("https://e.org/au/2", "au").completed(T0)
                        .passed(T0, new BigDecimal("0.9")));
        MoveOnEvaluation.Outcome first = MoveOnEvaluation.evaluate(course, progress, T0);
        assertEquals(List.of("https://e.org/au/2", "https://e.org/block/1", "https://e.org/course"), ids(first));
        assertEquals(List.of(), ids(MoveOnEvaluation.evaluate(course, first.progress(), T0)));
    }

    @Test
    void aWaivedAuCountsAsMet() {
        var progress = Map.of(
                "https://e.org/au/1", Progress.none("https://e.org/au/1", "au").completed(T0).satisfied(T0),
                "https://e.org/au/2", Progress.none("https://e.org/au/2", "au").waived("Equivalent Outside Activity"));
        assertEquals(List.of("https://e.org/au/2", "https://e.org/block/1", "https://e.org/course"),
                ids(MoveOnEvaluation.evaluate(course, progress, T0)));
    }
}
