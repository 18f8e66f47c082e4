package org.enhancedpractice.xapi.statement;

import java.time.Instant;
import java.util.Map;

/**
 * A parsed statement query (xAPI 1.0.3 Part 3 §2.1.3). {@code params} keeps the filter parameters as sent so a
 * `more` cursor can carry them; {@code afterStored}/{@code afterId} are the cursor position (null on page one).
 */
public record StatementQuery(Map<String, String> params, String agentIfi, String verb, String activity,
                             String registration, boolean relatedAgents, boolean relatedActivities, Instant since,
                             Instant until, int limit, Format format, boolean ascending, Instant afterStored,
                             String afterId) {
    /** Statement formats (Part 3 §2.1.3 "format"). */
    public enum Format { EXACT, IDS, CANONICAL }

    public StatementQuery {
        params = Map.copyOf(params);
    }

    /** The same query continuing after the given statement. */
    public StatementQuery after(Instant stored, String id) {
        return new StatementQuery(params, agentIfi, verb, activity, registration, relatedAgents, relatedActivities,
                since, until, limit, format, ascending, stored, id);
    }
}
