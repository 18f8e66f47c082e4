package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.enhancedpractice.lti.persistence.JpaGradeOutboxStore;
import org.enhancedpractice.lti.persistence.JpaLinkServicesStore;
import org.enhancedpractice.lti.persistence.JpaScoreClockStore;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.services.LinkServices;
import org.enhancedpractice.lti.services.Score;
import org.enhancedpractice.lti.services.ScoreOutcome;
import org.enhancedpractice.lti.services.Scores;
import org.enhancedpractice.lti.services.ServiceCallFailed;
import org.enhancedpractice.platform.LtiServiceSettings;
import org.enhancedpractice.platform.ToolSettings;

/**
 * One delivery attempt of one outbox entry: find the line item, choose a timestamp newer than the last one sent for
 * it and the user (AGS 2.0 §3.4.6), post the score (§3.4), and say what the row becomes.
 */
@ApplicationScoped
public class GradeDelivery {
    @Inject PlatformRegistry registry;
    @Inject JpaLinkServicesStore links;
    @Inject LineItemResolver resolver;
    @Inject JpaScoreClockStore scoreClock;
    @Inject JpaGradeOutboxStore outbox;
    @Inject Scores scores;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    public Delivery deliver(OutboxEntry entry) {
        GradeRequest request = entry.request();
        if (outbox.newerSent(entry.gradeKey(), request.actionTime())) {
            return new Delivery(GradeStatus.SUPERSEDED, entry.attempts(), null, null,
                    "A grade for a later action was already accepted.", null, null);
        }
        Optional<Registration> registration = registry.find(request.link().registrationId())
                .filter(Registration::isActive);
        if (registration.isEmpty()) {
            return retry(entry, ScoreOutcome.unreachable("The VLE's registration is not active."), null);
        }
        Optional<LinkServices> services = links.find(request.link()).or(() -> links.anyInContext(request.link()));
        if (services.isEmpty()) {
            return refused(entry, ScoreOutcome.refused("No launch of this course brought the grade service (AGS "
                    + "endpoint claim): switch on grade sync for the tool and launch it once."), null);
        }
        URI lineItem;
        try {
            lineItem = entry.lineItemUrl() != null ? entry.lineItemUrl()
                    : resolver.resolve(registration.get(), services.get(), request);
        } catch (ServiceCallFailed e) {
            ScoreOutcome outcome = ScoreOutcome.of(e);
            return outcome.kind() == ScoreOutcome.Kind.REFUSED ? refused(entry, outcome, null) : retry(entry, outcome, null);
        }
        return post(entry, registration.get(), services.get(), lineItem);
    }

    private Delivery post(OutboxEntry entry, Registration registration, LinkServices services, URI lineItem) {
        GradeRequest request = entry.request();
        Instant stamp = scoreClock.stamp(lineItem, request.userId(), request.actionTime());
        Score score = new Score(request.userId(), request.scoreGiven(), request.scoreMaximum(), request.comment(),
                request.activityProgress(), request.gradingProgress(), stamp);
        ScoreOutcome outcome = scores.post(registration, services.tokenScopes(), lineItem, score);
        return switch (outcome.kind()) {
            case ACCEPTED -> new Delivery(GradeStatus.SENT, entry.attempts() + 1, null, outcome.httpStatus(), null,
                    lineItem, stamp);
            case REFUSED -> refused(entry, outcome, lineItem);
            case RETRY -> {
                if (outcome.timestampConflict()) {
                    scoreClock.skipSecondOf(lineItem, request.userId(), stamp);
                }
                yield retry(entry, outcome, lineItem);
            }
        };
    }

    private static Delivery refused(OutboxEntry entry, ScoreOutcome outcome, URI lineItem) {
        return new Delivery(GradeStatus.REFUSED, entry.attempts() + 1, null, status(outcome),
                outcome.platformMessage(), lineItem, null);
    }

    /**
     * Backoff doubles from the base after each failure (AGS gives no rule; RFC 9110 §15.6.4 lets a 503 say when). A
     * 409 for a same-second timestamp is retried at the next tick with a timestamp in a later second.
     */
    private Delivery retry(OutboxEntry entry, ScoreOutcome outcome, URI lineItem) {
        int attempts = entry.attempts() + 1;
        LtiServiceSettings rules = settings.services();
        if (attempts >= rules.gradeMaxAttempts()) {
            return new Delivery(GradeStatus.FAILED, attempts, null, status(outcome), "Gave up after " + attempts
                    + " attempts: " + outcome.platformMessage(), lineItem, null);
        }
        Instant next = outcome.timestampConflict() ? clock.instant() : clock.instant().plus(rules.backoffAfter(attempts));
        return new Delivery(GradeStatus.PENDING, attempts, next, status(outcome), outcome.platformMessage(), lineItem,
                null);
    }

    private static Integer status(ScoreOutcome outcome) {
        return outcome.httpStatus() == 0 ? null : outcome.httpStatus();
    }
}
