package org.enhancedpractice.xapi.persistence;

import java.util.List;

/**
 * Builds the SQL of a statement query (xAPI 1.0.3 Part 3 §2.1.3). Voided statements never match (Part 2 §2.3.2);
 * since is exclusive and until inclusive on {@code stored}; the cursor continues strictly after the last
 * (stored, id) returned, so statements arriving meanwhile never shift a page.
 */
final class StatementQuerySql {
    private StatementQuerySql() {
    }

    static String build(StatementFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder("SELECT s.statement_json FROM xapi_statement s WHERE s.voided = FALSE");
        if (f.tenantId() != null) {
            sql.append(" AND s.tenant_id = ?").append(add(params, f.tenantId().toString()));
        }
        if (f.agentIfi() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_agent a WHERE a.statement_id = s.id AND a.agent_ifi = ?")
                    .append(add(params, f.agentIfi())).append(f.relatedAgents() ? ")" : " AND a.relation = 'DIRECT')");
        }
        access(f, sql, params);
        if (f.verbId() != null) {
            sql.append(" AND s.verb_id = ?").append(add(params, f.verbId()));
        }
        if (f.activityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_activity c WHERE c.statement_id = s.id")
                    .append(" AND c.activity_id = ?").append(add(params, f.activityId()))
                    .append(f.relatedActivities() ? ")" : " AND c.relation = 'DIRECT')");
        }
        if (f.registration() != null) {
            sql.append(" AND s.registration = ?").append(add(params, f.registration()));
        }
        if (f.since() != null) {
            sql.append(" AND s.stored > ?").append(add(params, f.since()));
        }
        if (f.until() != null) {
            sql.append(" AND s.stored <= ?").append(add(params, f.until()));
        }
        cursor(f, sql, params);
        String direction = f.ascending() ? "ASC" : "DESC";
        return sql.append(" ORDER BY s.stored ").append(direction).append(", s.id ").append(direction).toString();
    }

    private static void access(StatementFilter f, StringBuilder sql, List<Object> params) {
        if (f.actorIfi() != null) {
            sql.append(" AND s.actor_ifi = ?").append(add(params, f.actorIfi()));
        }
        if (f.authorityIfi() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_agent w WHERE w.statement_id = s.id")
                    .append(" AND w.agent_ifi = ?").append(add(params, f.authorityIfi()))
                    .append(" AND w.relation = 'AUTHORITY')");
        }
    }

    private static void cursor(StatementFilter f, StringBuilder sql, List<Object> params) {
        if (f.afterStored() == null) {
            return;
        }
        String op = f.ascending() ? ">" : "<";
        sql.append(" AND (s.stored ").append(op).append(" ?").append(add(params, f.afterStored()))
                .append(" OR (s.stored = ?").append(add(params, f.afterStored()))
                .append(" AND s.id ").append(op).append(" ?").append(add(params, f.afterId())).append("))");
    }

    private static int add(List<Object> params, Object value) {
        params.add(value);
        return params.size();
    }
}
