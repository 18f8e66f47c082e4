package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Statement rows and their index tables (migrations V1 and V2). */
@ApplicationScoped
@Transactional
public class JpaStatementStore {
    private static final String INSERT_AGENT =
            "INSERT INTO xapi_statement_agent (statement_id, agent_ifi, relation) VALUES (?1, ?2, ?3)";
    private static final String INSERT_ACTIVITY =
            "INSERT INTO xapi_statement_activity (statement_id, activity_id, relation) VALUES (?1, ?2, ?3)";

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

    /** The JSON of non-voided statements matching the filter, in (stored, id) order, at most {@code limit}. */
    public List<String> query(StatementFilter filter) {
        List<Object> params = new ArrayList<>();
        String sql = StatementQuerySql.build(filter, params);
        Query query = em.createNativeQuery(sql);
        for (int i = 0; i < params.size(); i++) {
            Object value = params.get(i);
            query.setParameter(i + 1, value instanceof java.time.Instant instant ? Timestamp.from(instant) : value);
        }
        query.setMaxResults(filter.limit());
        List<String> json = new ArrayList<>();
        for (Object value : query.getResultList()) {
            json.add(value instanceof java.sql.Clob clob ? read(clob) : value.toString());
        }
        return json;
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
