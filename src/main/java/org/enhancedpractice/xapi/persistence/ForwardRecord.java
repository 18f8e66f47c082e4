package org.enhancedpractice.xapi.persistence;

import java.time.Instant;

/** The state an outbox row takes after an attempt. */
public record ForwardRecord(String status, int attempts, Instant nextAttemptAt, Integer httpStatus, String message,
                            Instant finishedAt) {
}
