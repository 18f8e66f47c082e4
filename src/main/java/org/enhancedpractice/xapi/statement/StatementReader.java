package org.enhancedpractice.xapi.statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.persistence.JpaStatementStore;
import org.enhancedpractice.xapi.persistence.StatementFilter;
import org.enhancedpractice.xapi.persistence.StatementRow;

/**
 * Reading statements back (xAPI 1.0.3 Part 3 §2.1.3): one by statementId (not if voided) or voidedStatementId (only
 * if voided), or a page of a query with a `more` cursor. A client with a tenant sees only its tenant's statements;
 * launch credentials and statements/read/mine clients see less ({@link StatementAccess}).
 */
@ApplicationScoped
public class StatementReader {
    @Inject JpaStatementStore rows;
    @Inject StatementAccess access;

    /** The statements of one page and the instant they were read. */
    public record Page(List<JsonObject> statements, Optional<String> more, Instant lastStored) {
    }

    public Optional<StatementRow> single(UUID id, boolean voided, LrsClient client) {
        return rows.find(id).filter(row -> row.voided() == voided)
                .filter(row -> client.tenantId() == null || client.tenantId().equals(row.tenantId()))
                .filter(row -> access.mayRead(client, row));
    }

    public Page query(StatementQuery q, LrsClient client) {
        StatementAccess.ReadLimit limit = access.readLimit(client, q.agentIfi());
        List<String> found = rows.query(new StatementFilter(client.tenantId(), q.agentIfi(), q.relatedAgents(),
                q.verb(), q.activity(), q.relatedActivities(), q.registration(), q.since(), q.until(), q.ascending(),
                q.afterStored(), q.afterId(), q.limit() + 1, limit.actorIfi(), limit.authorityIfi()));
        List<JsonObject> statements = new ArrayList<>();
        Instant lastStored = null;
        for (String json : found.subList(0, Math.min(found.size(), q.limit()))) {
            JsonObject statement = StatementStore.parse(json);
            Instant stored = Instant.parse(statement.getString("stored"));
            lastStored = lastStored == null || stored.isAfter(lastStored) ? stored : lastStored;
            statements.add(statement);
        }
        Optional<String> more = Optional.empty();
        if (found.size() > q.limit()) {
            JsonObject last = statements.get(statements.size() - 1);
            more = Optional.of(StatementQueryParser.cursor(q, Instant.parse(last.getString("stored")),
                    last.getString("id")));
        }
        return new Page(statements.stream().map(s -> StatementFormats.apply(s, q.format())).toList(), more, lastStored);
    }
}
