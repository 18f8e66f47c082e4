package org.enhancedpractice.xapi.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The claim rule of the forwarding outbox on a real H2 database (the embedded default) with the V9 migration as
 * shipped: heads of actors' queues, their due followers, no row of an actor while an earlier one is unfinished.
 */
class ForwardClaimingH2Test {
    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");
    private static final Instant LEASE = NOW.plusSeconds(120);
    private Connection db;

    @BeforeEach
    void migrate() throws Exception {
        db = DriverManager.getConnection("jdbc:h2:mem:forward-" + UUID.randomUUID(), "sa", "");
        String v9 = Files.readString(Path.of("src/main/resources/db/migration/V9__xapi_forward_outbox.sql"));
        for (String statement : v9.replaceAll("(?m)^--.*$", "").split(";")) {
            if (!statement.isBlank()) {
                db.createStatement().execute(statement);
            }
        }
    }

    @AfterEach
    void close() throws SQLException {
        db.close();
    }

    @Test
    void takesEachActorsRowsInOrderUpToTheBatchSize() throws Exception {
        insert("a", "PENDING", NOW);
        insert("b", "PENDING", NOW);
        insert("a", "PENDING", NOW);
        insert("a", "PENDING", NOW);
        assertEquals(3, claim("one", 3));
        assertEquals(List.of(1L, 3L, 4L), owned("one"), "a's head and its followers first, then b's head had no room");
        assertEquals(1, claim("two", 10));
        assertEquals(List.of(2L), owned("two"));
    }

    @Test
    void leavesAnActorAloneWhileItsEarlierRowIsBeingSent() throws Exception {
        insert("a", "SENDING", NOW);
        lease(1, LEASE);
        insert("a", "PENDING", NOW);
        insert("b", "PENDING", NOW);
        assertEquals(1, claim("one", 10));
        assertEquals(List.of(3L), owned("one"));
    }

    @Test
    void followersStopAtTheFirstRowStillWaitingForItsRetry() throws Exception {
        insert("a", "PENDING", NOW);
        insert("a", "PENDING", NOW.plusSeconds(30));
        insert("a", "PENDING", NOW);
        assertEquals(1, claim("one", 10));
        assertEquals(List.of(1L), owned("one"));
    }

    @Test
    void aRowInBackoffHoldsUpItsActorButNotOthers() throws Exception {
        insert("a", "PENDING", NOW.plusSeconds(30));
        insert("a", "PENDING", NOW);
        insert("b", "PENDING", NOW);
        assertEquals(1, claim("one", 10));
        assertEquals(List.of(3L), owned("one"));
    }

    @Test
    void deliveredAndFailedRowsHoldNothingUp() throws Exception {
        insert("a", "FAILED", NOW);
        insert("a", "DELIVERED", NOW);
        insert("a", "PENDING", NOW);
        assertEquals(1, claim("one", 10));
        assertEquals(List.of(3L), owned("one"));
    }

    @Test
    void rowsOfASenderWhoseLeaseRanOutAreTakenAgainTogether() throws Exception {
        insert("a", "SENDING", NOW);
        insert("a", "SENDING", NOW);
        lease(1, NOW.minusSeconds(1));
        lease(2, NOW.minusSeconds(1));
        assertEquals(2, claim("two", 10));
        assertEquals(List.of(1L, 2L), owned("two"));
    }

    private int claim(String owner, int max) {
        return new ForwardClaiming(new JdbcSql(db), owner, NOW, LEASE).claim(max, false);
    }

    private void insert(String actor, String status, Instant due) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("INSERT INTO xapi_forward_outbox (statement_id, actor_key,"
                + " status, attempts, next_attempt_at, created_at) VALUES (?, ?, ?, 0, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, actor);
            insert.setString(3, status);
            insert.setTimestamp(4, Timestamp.from(due));
            insert.setTimestamp(5, Timestamp.from(NOW));
            insert.executeUpdate();
        }
    }

    private void lease(long seq, Instant until) throws SQLException {
        try (PreparedStatement update = db.prepareStatement("UPDATE xapi_forward_outbox SET lease_owner = 'gone',"
                + " lease_until = ? WHERE seq = ?")) {
            update.setTimestamp(1, Timestamp.from(until));
            update.setLong(2, seq);
            update.executeUpdate();
        }
    }

    private List<Long> owned(String owner) throws SQLException {
        List<Long> seqs = new ArrayList<>();
        try (PreparedStatement query = db.prepareStatement("SELECT seq FROM xapi_forward_outbox WHERE lease_owner = ?"
                + " AND status = 'SENDING' ORDER BY seq")) {
            query.setString(1, owner);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    seqs.add(rs.getLong(1));
                }
            }
        }
        return seqs;
    }

    /** Runs the rule's {@code ?n} SQL over JDBC, binding each placeholder by its number. */
    private record JdbcSql(Connection db) implements ForwardClaiming.NativeSql {
        private static final Pattern PARAM = Pattern.compile("\\?(\\d+)");

        @Override
        public List<Object[]> rows(String sql, int max, Object... params) {
            try (PreparedStatement statement = prepare(sql, params)) {
                if (max > 0) {
                    statement.setMaxRows(max);
                }
                List<Object[]> rows = new ArrayList<>();
                try (ResultSet rs = statement.executeQuery()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        Object[] row = new Object[columns];
                        for (int i = 0; i < columns; i++) {
                            row[i] = rs.getObject(i + 1);
                        }
                        rows.add(row);
                    }
                }
                return rows;
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public int update(String sql, Object... params) {
            try (PreparedStatement statement = prepare(sql, params)) {
                return statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }

        private PreparedStatement prepare(String sql, Object... params) throws SQLException {
            Matcher m = PARAM.matcher(sql);
            List<Object> bound = new ArrayList<>();
            while (m.find()) {
                bound.add(params[Integer.parseInt(m.group(1)) - 1]);
            }
            PreparedStatement statement = db.prepareStatement(PARAM.matcher(sql).replaceAll("?"));
            for (int i = 0; i < bound.size(); i++) {
                statement.setObject(i + 1, bound.get(i));
            }
            return statement;
        }
    }
}
