package org.enhancedpractice.xapi.persistence;

import java.util.UUID;

/** A claimed outbox row with the statement's stored JSON. */
public record ForwardClaim(long seq, UUID statementId, int attempts, String statementJson) {
}
