package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

/** Statement rows and their index tables (migrations V1, V2 and V8). */
@ApplicationScoped
@Transactional
public class JpaStatementStore {
    private static final String INSERT_AGENT =
            "INSERT INTO xapi_statement_agent (statement_id, agent_ifi, relation) VALUES (?1, ?2, ?3)";
    private static final String INSERT_ACTIVITY =
            "INSERT INTO xapi_statement_activity (statement_id, activity_id, relation) VALUES (?1, ?2, ?3)";

    static final String INSERT_TARGET =
            "INSERT INTO xapi_statement_target (statement_id, target_id) VALUES (?1, ?2)";
    /** The target's own chain, except itself (a cycle of references) and what is already there. */
    static final String INHERIT_TARGETS = "INSERT INTO xapi_statement_target (statement_id, target_id)"
            + " SELECT DISTINCT CAST(?1 AS VARCHAR(36)), x.target_id FROM xapi_statement_target x"
            + " WHERE x.statement_id = ?2 AND x.target_id <> ?2";
    /** Statements that already target this one gain its chain. */
    static final String PASS_ON_TARGETS = "INSERT INTO xapi_statement_target (statement_id, target_id)"
            + " SELECT DISTINCT r.statement_id, x.target_id FROM xapi_statement_target r"
            + " JOIN xapi_statement_target x ON x.statement_id = ?1 WHERE r.target_id = ?1"
            + " AND NOT EXISTS (SELECT 1 FROM xapi_statement_target e"
            + " WHERE e.statement_id = r.statement_id AND e.target_id = x.target_id)";

    @PersistenceContext(unitName = "ept") EntityManager em;

    /** Inserts the row; {@code agents} and {@code activities} map each indexed value to its relation. */
    public void insert(StatementRow row, Map<String, List<String>> agents, Map<String, List<String>> activities) {
        StatementEntity e = new StatementEntity();
        e.id = row.id().toString();
        e.tenantId = row.tenantId() == null ? null : row.tenantId().toString();
        e.statementJson = row.json();
        e.actorIfi = row.actorIfi();
        e.verbId = row.verbId();
        e.objectActivityId = row.activityId();
        e.registration = row.registration();
        e.stored = OffsetDateTime.ofInstant(row.stored(), ZoneOffset.UTC);
        e.eventTime = OffsetDateTime.ofInstant(row.eventTime(), ZoneOffset.UTC);
        e.voided = row.voided();
        em.persist(e);
        em.flush();
        index(INSERT_AGENT, e.id, agents);
        index(INSERT_ACTIVITY, e.id, activities);
    }

    private void index(String sql, String id, Map<String, List<String>> values) {
        values.forEach((value, relations) -> relations.forEach(relation -> em.createNativeQuery(sql)
                .setParameter(1, id).setParameter(2, value).setParameter(3, relation).executeUpdate()));
    }

    public Optional<StatementRow> find(UUID id) {
        return Optional.ofNullable(em.find(StatementEntity.class, id.toString())).map(JpaStatementStore::toRow);
    }

    /** Marks a statement voided by another (xAPI 1.0.3 Part 2 §2.3.2); unknown targets are left alone. */
    public void markVoided(UUID target, UUID voidedBy) {
        StatementEntity e = em.find(StatementEntity.class, target.toString());
        if (e != null) {
            e.voided = true;
            e.voidedBy = voidedBy.toString();
        }
    }

    /**
     * Records that a statement's object is a StatementRef to {@code target} (Part 3 §2.1.3 "Filter Conditions for
     * StatementRefs"): the statement targets the target and everything the target targets; and statements stored
     * earlier that target this statement now also target what it targets (a target may arrive after its reference).
     */
    public void recordTarget(UUID statement, UUID target) {
        String id = statement.toString();
        String targetId = target.toString();
        em.createNativeQuery(INSERT_TARGET).setParameter(1, id).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery(INHERIT_TARGETS).setParameter(1, id).setParameter(2, targetId).executeUpdate();
        em.createNativeQuery(PASS_ON_TARGETS).setParameter(1, id).executeUpdate();
    }

    /**
     * The JSON of non-voided statements matching the filter, in (stored, id) order, at most {@code limit}: those
     * matching it themselves merged with those whose StatementRef targets match it ({@link StatementQuerySql}).
     */
    public List<String> query(StatementFilter filter) {
        List<Hit> hits = hits(filter, StatementQuerySql::direct);
        if (filter.filtersStatements()) {
            hits = merge(hits, hits(filter, StatementQuerySql::targeting), filter);
        }
        return hits.stream().map(Hit::json).toList();
    }

    /** One row of a statement query. */
    record Hit(String id, Instant stored, String json) {
    }

    private List<Hit> hits(StatementFilter filter, BiFunction<StatementFilter, List<Object>, String> builder) {
        List<Object> params = new ArrayList<>();
        Query query = em.createNativeQuery(builder.apply(filter, params));
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            query.setParameter(i + 1, value instanceof Instant instant ? Timestamp.from(instant) : value);
        }
        query.setMaxResults(filter.limit());
        List<Hit> hits = new ArrayList<>();
        for (Object result : query.getResultList()) {
            Object[] columns = (Object[]) result;
            hits.add(new Hit(columns[0].toString(), instant(columns[1]),
                    columns[2] instanceof java.sql.Clob clob ? read(clob) : columns[2].toString()));
        }
        return hits;
    }

    /** Both lists are in the query's order; the result is too, without repeats, at most {@code limit} long. */
    static List<Hit> merge(List<Hit> direct, List<Hit> targeting, StatementFilter filter) {
        Comparator<Hit> order = Comparator.comparing(Hit::stored).thenComparing(Hit::id);
        Map<String, Hit> merged = new java.util.TreeMap<>();
        direct.forEach(h -> merged.put(h.id(), h));
        targeting.forEach(h -> merged.putIfAbsent(h.id(), h));
        return merged.values().stream().sorted(filter.ascending() ? order : order.reversed())
                .limit(filter.limit()).toList();
    }

    static Instant instant(Object column) {
        if (column instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (column instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return column instanceof Instant instant ? instant : Instant.parse(column.toString());
    }

    private static String read(java.sql.Clob clob) {
        try {
            return clob.getSubString(1, (int) clob.length());
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Cannot read a stored statement", e);
        }
    }

    private static StatementRow toRow(StatementEntity e) {
        return new StatementRow(UUID.fromString(e.id), e.tenantId == null ? null : UUID.fromString(e.tenantId),
                e.statementJson, e.actorIfi, e.verbId, e.objectActivityId, e.registration, e.stored.toInstant(),
                e.eventTime.toInstant(), e.voided);
    }
}
