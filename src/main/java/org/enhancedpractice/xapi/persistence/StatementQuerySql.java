package org.enhancedpractice.xapi.persistence;

import java.util.List;

/**
 * Builds the SQL of a statement query (xAPI 1.0.3 Part 3 §2.1.3). Voided statements never match (Part 2 §2.3.2);
 * since is exclusive and until inclusive on {@code stored}; the cursor continues strictly after the last
 * (stored, id) returned, so statements arriving meanwhile never shift a page. Each query selects
 * (id, stored, statement_json).
 *
 * <p>"Filter Conditions for StatementRefs": a statement whose object is a StatementRef matches the agent, verb,
 * activity and registration filters when a statement it targets (directly or through a chain, kept in
 * {@code xapi_statement_target}) matches them all, voided or not; since, until, the cursor and the access limits
 * still apply to the targeting statement itself. That is a second query ({@link #targeting}) merged with the
 * direct one ({@link #direct}), so the direct query keeps its index plan.
 */
final class StatementQuerySql {
    private static final String SELECT = "SELECT s.id, s.stored, s.statement_json FROM xapi_statement s"
            + " WHERE s.voided = FALSE";

    private StatementQuerySql() {
    }

    /** Statements that meet the filters themselves. */
    static String direct(StatementFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder(SELECT);
        conditions(f, "s", sql, params);
        return window(f, sql, params);
    }

    /** Statements whose StatementRef chain reaches a statement that meets the filters. */
    static String targeting(StatementFilter f, List<Object> params) {
        StringBuilder sql = new StringBuilder(SELECT);
        tenant(f, "s", sql, params);
        sql.append(" AND s.id IN (SELECT r.statement_id FROM xapi_statement_target r")
                .append(" JOIN xapi_statement t ON t.id = r.target_id WHERE 1 = 1");
        conditions(f, "t", sql, params);
        sql.append(")");
        return window(f, sql, params);
    }

    private static void conditions(StatementFilter f, String alias, StringBuilder sql, List<Object> params) {
        tenant(f, alias, sql, params);
        if (f.agentIfi() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_agent a WHERE a.statement_id = ").append(alias)
                    .append(".id AND a.agent_ifi = ?").append(add(params, f.agentIfi()))
                    .append(f.relatedAgents() ? ")" : " AND a.relation = 'DIRECT')");
        }
        if (f.verbId() != null) {
            sql.append(" AND ").append(alias).append(".verb_id = ?").append(add(params, f.verbId()));
        }
        if (f.activityId() != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM xapi_statement_activity c WHERE c.statement_id = ").append(alias)
                    .append(".id AND c.activity_id = ?").append(add(params, f.activityId()))
                    .append(f.relatedActivities() ? ")" : " AND c.relation = 'DIRECT')");
        }
        if (f.registration() != null) {
            sql.append(" AND ").append(alias).append(".registration = ?").append(add(params, f.registration()));
        }
    }

    private static void tenant(StatementFilter f, String alias, StringBuilder sql, List<Object> params) {
        if (f.tenantId() != null) {
            sql.append(" AND ").append(alias).append(".tenant_id = ?").append(add(params, f.tenantId().toString()));
        }
    }

    /** Access limits, time window, cursor and order: always on the returned statement itself. */
    private static String window(StatementFilter f, StringBuilder sql, List<Object> params) {
        access(f, sql, params);
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
