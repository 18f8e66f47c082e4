package org.enhancedpractice.lti.grades;

import java.net.URI;
import java.time.Instant;

/**
 * The result of one delivery attempt, as it is written back to the outbox row. {@code lineItem} and
 * {@code sentTimestamp} are null when the attempt did not get that far.
 */
public record Delivery(GradeStatus status, int attempts, Instant nextAttemptAt, Integer httpStatus, String message,
                       URI lineItem, Instant sentTimestamp) {
}
