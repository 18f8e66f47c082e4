package org.enhancedpractice.lti.persistence;

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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The outbox claim SQL on the embedded database (H2, the default), after the real migrations: which rows are due, that
 * a row is never claimed while another grade of the same key is being sent, that a lapsed lease is taken again, and
 * that the compare-and-set claim lets exactly one sender win. (PostgreSQL's SKIP LOCKED form runs in GradesIT.)
 */
class GradeOutboxSqlTest {
    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private Connection db;

    @BeforeEach
    void migrate() throws SQLException {
        String url = "jdbc:h2:mem:outbox-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1";
        Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();
        db = DriverManager.getConnection(url, "sa", "");
        update("INSERT INTO lti_registration (id, issuer, client_id, name, authorization_endpoint, jwks_uri, status,"
                + " source, shared_issuer, created_at, updated_at) VALUES ('r1', 'https://lms.example', 'c', 'LMS',"
                + " 'https://lms.example/auth', 'https://lms.example/jwks', 'ACTIVE', 'STATIC', FALSE, ?, ?)",
                ts(NOW), ts(NOW));
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void dueRowsAndLapsedLeasesAreClaimableButNotWhileTheirKeyIsBeingSent() throws SQLException {
        row("due", "k1", "PENDING", NOW.minusSeconds(1), null);
        row("later", "k2", "PENDING", NOW.plusSeconds(60), null);
        row("waits-for-sibling", "k3", "PENDING", NOW.minusSeconds(5), null);
        row("sibling-sending", "k3", "SENDING", NOW.minusSeconds(10), NOW.plusSeconds(60));
        row("lapsed", "k4", "SENDING", NOW.minusSeconds(300), NOW.minusSeconds(1));
        row("sent", "k5", "SENT", NOW.minusSeconds(300), null);
        assertEquals(List.of("lapsed", "due"), ids(JpaGradeOutboxStore.CANDIDATES, ts(NOW)));
    }

    @Test
    void exactlyOneSenderWinsARow() throws SQLException {
        row("due", "k1", "PENDING", NOW.minusSeconds(1), null);
        assertEquals(1, claimOne("due", "sender-a"));
        assertEquals(0, claimOne("due", "sender-b"), "leased by sender-a now");
        assertEquals(List.of(), ids(JpaGradeOutboxStore.CANDIDATES, ts(NOW)));
    }

    private int claimOne(String id, String owner) throws SQLException {
        return update(JpaGradeOutboxStore.CLAIM_ONE, ts(NOW), owner, ts(NOW.plusSeconds(120)), id);
    }

    private void row(String id, String key, String status, Instant next, Instant leaseUntil) throws SQLException {
        update("INSERT INTO lti_grade_outbox (id, grade_key, registration_id, deployment_id, context_id, resource_link_id,"
                + " user_id, activity_progress, grading_progress, action_time, status, attempts, next_attempt_at,"
                + " lease_until, created_at) VALUES (?, ?, 'r1', '1', 'c', 'l', 'u', 'Completed', 'FullyGraded', ?, ?,"
                + " 0, ?, ?, ?)", id, key, ts(next), status, ts(next), leaseUntil == null ? null : ts(leaseUntil),
                ts(next));
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

    private List<String> ids(String sql, Object... values) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement statement = prepare(sql, values); ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
