package org.enhancedpractice.xapi.forward;

import java.time.Instant;
import org.enhancedpractice.xapi.persistence.ForwardRecord;

/** What a row becomes after an attempt: the rules for attempts, backoff and giving up. */
final class RoundResult {
    private RoundResult() {
    }

    /**
     * @param attempts the attempts made before this one
     */
    static ForwardRecord of(Outcome outcome, int attempts, Instant now, ForwardSettings settings) {
        return switch (outcome.kind()) {
            case DELIVERED -> new ForwardRecord(ForwardStatus.DELIVERED.name(), attempts + 1, now,
                    outcome.httpStatus(), null, now);
            case FAILED -> new ForwardRecord(ForwardStatus.FAILED.name(), attempts + 1, now, outcome.httpStatus(),
                    outcome.message(), now);
            case DEFERRED -> new ForwardRecord(ForwardStatus.PENDING.name(), attempts, now, null, outcome.message(),
                    null);
            case RETRY -> retry(outcome, attempts + 1, now, settings);
        };
    }

    private static ForwardRecord retry(Outcome outcome, int attempts, Instant now, ForwardSettings settings) {
        if (attempts >= settings.limits().maxAttempts()) {
            return new ForwardRecord(ForwardStatus.FAILED.name(), attempts, now, outcome.httpStatus(),
                    "Gave up after " + attempts + " attempts: " + outcome.message(), now);
        }
        return new ForwardRecord(ForwardStatus.PENDING.name(), attempts, now.plus(settings.backoffAfter(attempts)),
                outcome.httpStatus(), outcome.message(), null);
    }
}
