package org.enhancedpractice.xapi.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * The filters of a statement query (xAPI 1.0.3 Part 3 §2.1.3) as the store needs them, plus the paging cursor:
 * the (stored, id) of the last statement already returned. Null means "no filter". {@code actorIfi} and
 * {@code authorityIfi} are access limits, not query parameters: the statement's actor, and its authority (indexed
 * with relation AUTHORITY), for launch credentials and statements/read/mine (Part 3 §4.2).
 */
public record StatementFilter(UUID tenantId, String agentIfi, boolean relatedAgents, String verbId, String activityId,
                              boolean relatedActivities, String registration, Instant since, Instant until,
                              boolean ascending, Instant afterStored, String afterId, int limit, String actorIfi,
                              String authorityIfi) {
    /** Whether a filter other than time, order and access is set: only then can StatementRefs add matches. */
    public boolean filtersStatements() {
        return agentIfi != null || verbId != null || activityId != null || registration != null;
    }
}
