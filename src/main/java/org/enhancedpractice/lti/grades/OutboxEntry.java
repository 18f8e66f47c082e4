package org.enhancedpractice.lti.grades;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

/**
 * What the outbox knows about one grade: the request and its delivery so far. {@code gradeKey} groups the grades that
 * replace each other; {@code lineItemUrl} is the chosen or resolved line item once known.
 */
public record OutboxEntry(UUID id, String gradeKey, GradeRequest request, GradeStatus status, int attempts, Instant nextAttemptAt,
                          URI lineItemUrl, Instant sentTimestamp, Integer lastHttpStatus, String lastMessage,
                          Instant createdAt, Instant finishedAt) {
}
