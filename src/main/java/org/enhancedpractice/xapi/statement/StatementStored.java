package org.enhancedpractice.xapi.statement;

import java.util.UUID;

/** Fired after the transaction that stored a statement commits; observers use TransactionPhase.AFTER_SUCCESS. */
public record StatementStored(UUID id, UUID tenantId, String verbId, String activityId) {
}
