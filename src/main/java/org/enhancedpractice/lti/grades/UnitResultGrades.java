package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import org.enhancedpractice.content.cmi5.LtiPlacement;
import org.enhancedpractice.content.cmi5.UnitProgressed;
import org.enhancedpractice.lti.services.CourseLink;

/**
 * Sends what a placed link earns to its gradebook line, in the same transaction as the learner's progress (so a
 * result is never recorded without its grade being queued): a unit link gets the knowledge-check score (scaled × 100,
 * FullyGraded, replaced by a better later attempt) or, for a lesson, 100 when the unit's moveOn is met; a module link
 * gets 100 when the whole module is satisfied. Units opened from a module link do not grade that link on their own.
 */
@ApplicationScoped
public class UnitResultGrades {
    private static final Logger LOG = Logger.getLogger(UnitResultGrades.class.getName());
    static final double MAXIMUM = 100.0;

    @Inject GradeOutbox outbox;
    @Inject Clock clock;

    void onProgress(@Observes UnitProgressed progress) {
        grade(progress).ifPresent(request -> {
            outbox.enqueue(request);
            LOG.fine(() -> "Grade queued for " + request.userId() + " on link " + request.link().resourceLinkId());
        });
    }

    Optional<GradeRequest> grade(UnitProgressed p) {
        LtiPlacement placement = p.placement();
        if (!placement.isPlaced()) {
            return Optional.empty();
        }
        CourseLink link = new CourseLink(UUID.fromString(placement.registration()), placement.deployment(),
                placement.context(), placement.resourceLink());
        if (placement.placedUnit() != null) {
            if (!placement.placedUnit().equals(p.auId())) {
                return Optional.empty();
            }
            boolean judged = "passed".equals(p.verb()) || "failed".equals(p.verb());
            if ("score".equals(p.gradeSend())) {
                // a scored unit's line shows its score; its later completed statement must not overwrite it with 100
                return judged && p.scoreScaled() != null ? Optional.of(GradeRequest.finalScore(link,
                        placement.subject(), p.scoreScaled().doubleValue() * MAXIMUM, MAXIMUM, clock.instant())
                        .withComment("Knowledge check " + ("passed".equals(p.verb()) ? "passed" : "not passed yet")))
                        : Optional.empty();
            }
            return p.auSatisfied() ? Optional.of(GradeRequest.finalScore(link, placement.subject(), MAXIMUM, MAXIMUM,
                    clock.instant()).withComment("Unit complete")) : Optional.empty();
        }
        if (p.courseId().equals(placement.placedModule()) && p.courseSatisfied()) {
            return Optional.of(GradeRequest.finalScore(link, placement.subject(), MAXIMUM, MAXIMUM, clock.instant())
                    .withComment("Module complete"));
        }
        return Optional.empty();
    }
}
