package org.enhancedpractice.xapi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * xAPI 1.0.3 Part 3 §2.1.3 "Filter Conditions for StatementRefs" on the embedded database (H2) after the real
 * migrations: the SQL {@link JpaStatementStore} runs to record StatementRef chains and to query, merged as it merges.
 * (LrsStatementsIT#statementsTargetingAMatchingStatementMatchItsFilters runs it through HTTP on PostgreSQL.)
 */
class StatementRefFilterSqlTest {
    private static final Instant T0 = Instant.parse("2026-11-25T09:00:00Z");
    private static final String PASSED = "http://adlnet.gov/expapi/verbs/passed";
    private static final String CONFIRMED = "https://ept.example/verbs/confirmed";
    private static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";
    private static final String BEN = "mbox:mailto:ben@example.ac.uk";
    private static final String ANDREW = "mbox:mailto:andrew@example.ac.uk";
    private static final String EXPLOSIVES = "https://ept.example/activities/explosives-training";
    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:statementref-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
        update("INSERT INTO tenant (id, name, created_at) VALUES (?, 'One', ?), (?, 'Two', ?)",
                TENANT_ONE, ts(T0), TENANT_TWO, ts(T0));
    }

    private static final String TENANT_ONE = "10000000-0000-0000-0000-000000000001";
    private static final String TENANT_TWO = "10000000-0000-0000-0000-000000000002";

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void statementTargetingAMatchingStatementMatchesTheSpecExample() throws SQLException {
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        reference(2, ANDREW, CONFIRMED, 1, 2);
        assertEquals(List.of(id(2), id(1)), query(filter().agent(BEN)));
        assertEquals(List.of(id(2), id(1)), query(filter().activity(EXPLOSIVES)));
        assertEquals(List.of(id(2), id(1)), query(filter().verb(PASSED)));
        assertEquals(List.of(id(2)), query(filter().verb(CONFIRMED)), "the targeted statement does not match back");
    }

    @Test
    void voidedTargetIsLeftOutButStatementsTargetingItAreReturned() throws SQLException {
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        reference(2, ANDREW, VOIDED, 1, 2);
        update("UPDATE xapi_statement SET voided = TRUE, voided_by = ? WHERE id = ?", id(2), id(1));
        reference(3, ANDREW, CONFIRMED, 1, 3);
        assertEquals(List.of(id(3), id(2)), query(filter().verb(PASSED)), "Part 3 §2.1.4: voiding one included");
    }

    @Test
    void chainsOfReferencesAreFollowed() throws SQLException {
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        reference(2, ANDREW, CONFIRMED, 1, 2);
        reference(3, ANDREW, CONFIRMED, 2, 3);
        reference(4, ANDREW, CONFIRMED, 3, 4);
        assertEquals(List.of(id(4), id(3), id(2), id(1)), query(filter().agent(BEN)));
    }

    @Test
    void aReferenceStoredBeforeItsTargetMatchesOnceTheChainIsComplete() throws SQLException {
        reference(3, ANDREW, CONFIRMED, 2, 1);
        statement(1, BEN, PASSED, EXPLOSIVES, 2);
        assertEquals(List.of(id(1)), query(filter().activity(EXPLOSIVES)), "statement 2 is not stored yet");
        reference(2, ANDREW, CONFIRMED, 1, 3);
        assertEquals(List.of(id(2), id(1), id(3)), query(filter().activity(EXPLOSIVES)));
    }

    @Test
    void cyclesOfReferencesEndAndMatchOnce() throws SQLException {
        reference(1, BEN, PASSED, 2, 1);
        reference(2, ANDREW, CONFIRMED, 1, 2);
        reference(3, ANDREW, CONFIRMED, 3, 3);
        assertEquals(List.of(id(2), id(1)), query(filter().verb(PASSED)));
        assertEquals(List.of(id(3), id(2), id(1)), query(filter().verb(CONFIRMED)));
    }

    @Test
    void allConditionsMustHoldForOneTargetedStatement() throws SQLException {
        statement(1, BEN, CONFIRMED, EXPLOSIVES, 1);
        reference(2, ANDREW, PASSED, 1, 2);
        reference(3, ANDREW, CONFIRMED, 2, 3);
        assertEquals(List.of(), query(filter().agent(BEN).verb(PASSED)), "Ben in 1, passed in 2: no single match");
        assertEquals(List.of(id(3), id(2), id(1)), query(filter().agent(BEN).verb(CONFIRMED)));
    }

    @Test
    void sinceUntilAndLimitApplyToTheTargetingStatement() throws SQLException {
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        reference(2, ANDREW, CONFIRMED, 1, 5);
        reference(3, ANDREW, CONFIRMED, 1, 9);
        assertEquals(List.of(id(2)), query(filter().verb(PASSED).since(T0.plusSeconds(2)).until(T0.plusSeconds(5))));
        assertEquals(List.of(id(1), id(2)), query(filter().verb(PASSED).ascending().limit(2)));
        assertEquals(List.of(id(3), id(2)), query(filter().verb(PASSED).limit(2)));
        assertEquals(List.of(id(1)), query(filter().verb(PASSED).after(T0.plusSeconds(5), id(2))), "cursor");
    }

    @Test
    void registrationFilterMatchesThroughTheTarget() throws SQLException {
        String registration = "20000000-0000-0000-0000-000000000001";
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        update("UPDATE xapi_statement SET registration = ? WHERE id = ?", registration, id(1));
        reference(2, ANDREW, CONFIRMED, 1, 2);
        assertEquals(List.of(id(2), id(1)), query(filter().registration(registration)));
    }

    @Test
    void aTargetInAnotherTenantNeverMatches() throws SQLException {
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        update("UPDATE xapi_statement SET tenant_id = ? WHERE id = ?", TENANT_TWO, id(1));
        reference(2, ANDREW, CONFIRMED, 1, 2);
        update("UPDATE xapi_statement SET tenant_id = ? WHERE id = ?", TENANT_ONE, id(2));
        assertEquals(List.of(), query(filter().tenant(TENANT_ONE).verb(PASSED)));
        assertEquals(List.of(id(2), id(1)), query(filter().verb(PASSED)), "a tool-wide client sees both");
    }

    @Test
    void migrationRecoversVoidingStatementsStoredBefore() throws SQLException {
        // V8's back-fill, repeated on rows written the way V2–V7 wrote them (no target rows).
        statement(1, BEN, PASSED, EXPLOSIVES, 1);
        statement(2, ANDREW, VOIDED, null, 2);
        update("UPDATE xapi_statement SET voided = TRUE, voided_by = ? WHERE id = ?", id(2), id(1));
        update("INSERT INTO xapi_statement_target (statement_id, target_id)"
                + " SELECT voided_by, id FROM xapi_statement WHERE voided_by IS NOT NULL");
        assertEquals(List.of(id(2)), query(filter().agent(BEN)));
    }

    // ---- helpers: rows as JpaStatementStore writes them, queries as it runs and merges them ----

    private void statement(int n, String actor, String verb, String activity, int storedSecond) throws SQLException {
        Timestamp stored = ts(T0.plusSeconds(storedSecond));
        update("INSERT INTO xapi_statement (id, tenant_id, statement_json, actor_ifi, verb_id, object_activity_id,"
                + " registration, stored, event_time, voided) VALUES (?, NULL, ?, ?, ?, ?, NULL, ?, ?, FALSE)",
                id(n), "{\"id\":\"" + id(n) + "\"}", actor, verb, activity, stored, stored);
        update("INSERT INTO xapi_statement_agent (statement_id, agent_ifi, relation) VALUES (?, ?, 'DIRECT')", id(n),
                actor);
        if (activity != null) {
            update("INSERT INTO xapi_statement_activity (statement_id, activity_id, relation) VALUES (?, ?, 'DIRECT')",
                    id(n), activity);
        }
    }

    private void reference(int n, String actor, String verb, int target, int storedSecond) throws SQLException {
        statement(n, actor, verb, null, storedSecond);
        update(JpaStatementStore.INSERT_TARGET, id(n), id(target));
        update(JpaStatementStore.INHERIT_TARGETS, id(n), id(target));
        update(JpaStatementStore.PASS_ON_TARGETS, id(n));
    }

    private List<String> query(FilterBuilder f) throws SQLException {
        StatementFilter filter = f.build();
        List<JpaStatementStore.Hit> hits = hits(filter, StatementQuerySql::direct);
        if (filter.filtersStatements()) {
            hits = JpaStatementStore.merge(hits, hits(filter, StatementQuerySql::targeting), filter);
        }
        return hits.stream().map(JpaStatementStore.Hit::id).toList();
    }

    private List<JpaStatementStore.Hit> hits(StatementFilter filter,
                                             BiFunction<StatementFilter, List<Object>, String> builder)
            throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = builder.apply(filter, params);
        List<JpaStatementStore.Hit> hits = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, params.stream()
                .map(p -> p instanceof Instant i ? ts(i) : p).toArray()); ResultSet rows = statement.executeQuery()) {
            while (rows.next() && hits.size() < filter.limit()) {
                hits.add(new JpaStatementStore.Hit(rows.getString(1), JpaStatementStore.instant(rows.getObject(2)),
                        rows.getString(3)));
            }
        }
        return hits;
    }

    private static String id(int n) {
        return String.format("00000000-0000-0000-0000-%012d", n);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }

    /** EclipseLink's numbered parameters ({@code ?1}, reusable) as plain JDBC ones; bare {@code ?} in order. */
    private PreparedStatement prepare(String sql, Object... values) throws SQLException {
        Matcher m = Pattern.compile("\\?(\\d*)").matcher(sql);
        List<Object> bound = new ArrayList<>();
        int plain = 0;
        while (m.find()) {
            bound.add(m.group(1).isEmpty() ? values[plain++] : values[Integer.parseInt(m.group(1)) - 1]);
        }
        PreparedStatement statement = db.prepareStatement(sql.replaceAll("\\?\\d*", "?"));
        for (int i = 0; i < bound.size(); i++) {
            statement.setObject(i + 1, bound.get(i));
        }
        return statement;
    }

    private int update(String sql, Object... values) throws SQLException {
        try (PreparedStatement statement = prepare(sql, values)) {
            return statement.executeUpdate();
        }
    }

    private static FilterBuilder filter() {
        return new FilterBuilder();
    }

    /** Only what these tests vary; the rest as a query without it. */
    private static final class FilterBuilder {
        private String tenant;
        private String agent;
        private String verb;
        private String activity;
        private String registration;
        private Instant since;
        private Instant until;
        private boolean ascending;
        private Instant afterStored;
        private String afterId;
        private int limit = 100;

        FilterBuilder tenant(String value) { tenant = value; return this; }
        FilterBuilder agent(String value) { agent = value; return this; }
        FilterBuilder verb(String value) { verb = value; return this; }
        FilterBuilder activity(String value) { activity = value; return this; }
        FilterBuilder registration(String value) { registration = value; return this; }
        FilterBuilder since(Instant value) { since = value; return this; }
        FilterBuilder until(Instant value) { until = value; return this; }
        FilterBuilder ascending() { ascending = true; return this; }
        FilterBuilder limit(int value) { limit = value; return this; }
        FilterBuilder after(Instant stored, String id) { afterStored = stored; afterId = id; return this; }

        StatementFilter build() {
            return new StatementFilter(tenant == null ? null : UUID.fromString(tenant), agent, false, verb, activity,
                    false, registration, since, until, ascending, afterStored, afterId, limit, null, null);
        }
    }
}
