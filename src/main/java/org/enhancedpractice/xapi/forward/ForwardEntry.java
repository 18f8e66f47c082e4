package org.enhancedpractice.xapi.forward;

import java.time.Instant;
import java.util.UUID;

/** One statement's forwarding, as the administrator API shows it. */
public record ForwardEntry(long seq, UUID statementId, ForwardStatus status, int attempts, Instant nextAttemptAt,
                           Integer lastHttpStatus, String lastMessage, Instant createdAt, Instant finishedAt) {
}
