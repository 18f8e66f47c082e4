package org.enhancedpractice.xapi.persistence;

import java.time.Instant;
import java.util.UUID;

/** One stored statement and its index values; {@code voided} is set once a voiding statement names it. */
public record StatementRow(UUID id, UUID tenantId, String json, String actorIfi, String verbId, String activityId,
                           String registration, Instant stored, Instant eventTime, boolean voided) {
}
