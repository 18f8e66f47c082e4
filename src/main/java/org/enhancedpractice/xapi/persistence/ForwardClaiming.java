package org.enhancedpractice.xapi.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

/**
 * The claim rule of the forwarding outbox, apart from how SQL is run (JPA in the tool, plain JDBC in its H2 test).
 * A round takes the <em>heads</em> of actors' queues (due rows with no earlier unfinished row of the same actor), each
 * followed by its actor's next due rows up to the first one that is not due, until {@code max} rows are taken.
 */
final class ForwardClaiming {
    /** Native SQL with positional parameters {@code ?1…?n}. */
    interface NativeSql {
        /** Rows of a query; {@code max} ≤ 0: no limit. */
        List<Object[]> rows(String sql, int max, Object... params);

        int update(String sql, Object... params);
    }

    static final String DUE = "((o.status = 'PENDING' AND o.next_attempt_at <= ?1)"
            + " OR (o.status = 'SENDING' AND o.lease_until < ?1))";
    static final String HEADS = "SELECT o.seq, o.actor_key FROM xapi_forward_outbox o WHERE " + DUE
            + " AND NOT EXISTS (SELECT 1 FROM xapi_forward_outbox b WHERE b.actor_key = o.actor_key AND b.seq < o.seq"
            + " AND b.status IN ('PENDING', 'SENDING')) ORDER BY o.seq";
    static final String FOLLOWERS = "SELECT o.seq, CASE WHEN " + DUE + " THEN 1 ELSE 0 END FROM xapi_forward_outbox o"
            + " WHERE o.actor_key = ?2 AND o.seq > ?3 AND o.status IN ('PENDING', 'SENDING') ORDER BY o.seq";
    static final String TAKE = "UPDATE xapi_forward_outbox o SET status = 'SENDING', lease_owner = ?2,"
            + " lease_until = ?3 WHERE o.seq = ?4 AND " + DUE;

    private final NativeSql sql;
    private final Timestamp now;
    private final Timestamp leaseUntil;
    private final String owner;

    ForwardClaiming(NativeSql sql, String owner, Instant now, Instant leaseUntil) {
        this.sql = sql;
        this.owner = owner;
        this.now = Timestamp.from(now);
        this.leaseUntil = Timestamp.from(leaseUntil);
    }

    /**
     * On PostgreSQL the heads are locked {@code FOR UPDATE SKIP LOCKED}: a concurrent round skips them, and cannot
     * take their followers, which are no heads while the head is unfinished. Elsewhere (embedded H2: one instance,
     * whose rounds never overlap) each row is taken by a compare-and-set update.
     *
     * @return how many rows were taken
     */
    int claim(int max, boolean postgres) {
        List<Object[]> heads = postgres
                ? sql.rows(HEADS + " LIMIT " + max + " FOR UPDATE OF o SKIP LOCKED", 0, now)
                : sql.rows(HEADS, max, now);
        int taken = 0;
        for (Object[] head : heads) {
            long seq = ((Number) head[0]).longValue();
            if (taken < max && take(seq)) {
                taken += 1 + takeFollowers((String) head[1], seq, max - taken - 1);
            }
        }
        return taken;
    }

    private int takeFollowers(String actorKey, long headSeq, int room) {
        if (room <= 0) {
            return 0;
        }
        int taken = 0;
        for (Object[] follower : sql.rows(FOLLOWERS, room, now, actorKey, headSeq)) {
            if (((Number) follower[1]).intValue() != 1 || !take(((Number) follower[0]).longValue())) {
                break;
            }
            taken++;
        }
        return taken;
    }

    private boolean take(long seq) {
        return sql.update(TAKE, now, owner, leaseUntil, seq) == 1;
    }
}
