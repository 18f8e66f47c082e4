package org.enhancedpractice.xapi.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The forwarding outbox table (V9). A round claims the <em>heads</em> of actors' queues (due rows with no earlier
 * unfinished row of the same actor) and then the due rows that follow each head, so two senders never hold rows of
 * the same actor at once and an actor's rows leave in order. On PostgreSQL heads are locked with
 * {@code FOR UPDATE SKIP LOCKED}: a concurrent round skips a locked head and cannot take its followers, which are
 * not heads while it is unfinished. The embedded H2 database serves one instance only (its file is locked), whose
 * rounds never overlap; there each row is taken by a compare-and-set update.
 */
@ApplicationScoped
@Transactional
public class JpaForwardOutboxStore {
    static final String DUE = "((o.status = 'PENDING' AND o.next_attempt_at <= ?1)"
            + " OR (o.status = 'SENDING' AND o.lease_until < ?1))";
    static final String HEADS = "SELECT o.seq, o.actor_key FROM xapi_forward_outbox o WHERE " + DUE
            + " AND NOT EXISTS (SELECT 1 FROM xapi_forward_outbox b WHERE b.actor_key = o.actor_key AND b.seq < o.seq"
            + " AND b.status IN ('PENDING', 'SENDING')) ORDER BY o.seq";
    static final String FOLLOWERS = "SELECT o.seq, CASE WHEN " + DUE + " THEN 1 ELSE 0 END FROM xapi_forward_outbox o"
            + " WHERE o.actor_key = ?2 AND o.seq > ?3 AND o.status IN ('PENDING', 'SENDING') ORDER BY o.seq";
    static final String TAKE = "UPDATE xapi_forward_outbox o SET status = 'SENDING', lease_owner = ?2,"
            + " lease_until = ?3 WHERE o.seq = ?4 AND " + DUE;

    @PersistenceContext(unitName = "ept") EntityManager em;

    /** In the caller's transaction (the statement's). */
    public void enqueue(UUID statementId, String actorKey, Instant now) {
        em.createNativeQuery("INSERT INTO xapi_forward_outbox (statement_id, actor_key, status, attempts,"
                        + " next_attempt_at, created_at) VALUES (?1, ?2, 'PENDING', 0, ?3, ?3)")
                .setParameter(1, statementId.toString()).setParameter(2, actorKey).setParameter(3, ts(now))
                .executeUpdate();
    }

    /** Claims up to {@code max} rows for {@code owner} until {@code leaseUntil}, oldest first; own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<ForwardClaim> claim(String owner, Instant now, Instant leaseUntil, int max, boolean postgres) {
        List<?> rows = postgres
                ? em.createNativeQuery(HEADS + " LIMIT " + max + " FOR UPDATE OF o SKIP LOCKED")
                        .setParameter(1, ts(now)).getResultList()
                : em.createNativeQuery(HEADS).setParameter(1, ts(now)).setMaxResults(max).getResultList();
        int taken = 0;
        for (Object row : rows) {
            Object[] head = (Object[]) row;
            if (taken >= max || !take(((Number) head[0]).longValue(), owner, now, leaseUntil)) {
                continue;
            }
            taken += 1 + takeFollowers((String) head[1], ((Number) head[0]).longValue(), owner,
                    new Instant[] {now, leaseUntil}, max - taken - 1);
        }
        return claimed(owner);
    }

    private int takeFollowers(String actorKey, long headSeq, String owner, Instant[] nowAndLease, int room) {
        if (room <= 0) {
            return 0;
        }
        List<?> rows = em.createNativeQuery(FOLLOWERS).setParameter(1, ts(nowAndLease[0])).setParameter(2, actorKey)
                .setParameter(3, headSeq).setMaxResults(room).getResultList();
        int taken = 0;
        for (Object row : rows) {
            Object[] follower = (Object[]) row;
            if (((Number) follower[1]).intValue() != 1
                    || !take(((Number) follower[0]).longValue(), owner, nowAndLease[0], nowAndLease[1])) {
                break;
            }
            taken++;
        }
        return taken;
    }

    private boolean take(long seq, String owner, Instant now, Instant leaseUntil) {
        return em.createNativeQuery(TAKE).setParameter(1, ts(now)).setParameter(2, owner)
                .setParameter(3, ts(leaseUntil)).setParameter(4, seq).executeUpdate() == 1;
    }

    private List<ForwardClaim> claimed(String owner) {
        List<ForwardClaim> claims = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT o.seq, o.statement_id, o.attempts, s.statement_json"
                        + " FROM xapi_forward_outbox o JOIN xapi_statement s ON s.id = o.statement_id"
                        + " WHERE o.lease_owner = ?1 AND o.status = 'SENDING' ORDER BY o.seq")
                .setParameter(1, owner).getResultList()) {
            Object[] r = (Object[]) row;
            claims.add(new ForwardClaim(((Number) r[0]).longValue(), UUID.fromString((String) r[1]),
                    ((Number) r[2]).intValue(), (String) r[3]));
        }
        return claims;
    }

    /**
     * Writes an attempt's result, unless the lease was lost to another sender meanwhile; own transaction. Absent
     * values are written as SQL NULL literals (no untyped null parameters, which PostgreSQL cannot type).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(long seq, String owner, ForwardRecord result) {
        List<Object> values = new ArrayList<>(List.of(seq, owner, result.status(), result.attempts(),
                ts(result.nextAttemptAt())));
        String sql = "UPDATE xapi_forward_outbox SET status = ?3, attempts = ?4, next_attempt_at = ?5"
                + ", last_http_status = " + optional(values, result.httpStatus())
                + ", last_message = " + optional(values, result.message())
                + ", finished_at = " + optional(values, result.finishedAt() == null ? null : ts(result.finishedAt()))
                + ", lease_owner = NULL, lease_until = NULL WHERE seq = ?1 AND lease_owner = ?2 AND status = 'SENDING'";
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < values.size(); i++) {
            query.setParameter(i + 1, values.get(i));
        }
        return query.executeUpdate() == 1;
    }

    private static String optional(List<Object> values, Object value) {
        if (value == null) {
            return "NULL";
        }
        values.add(value);
        return "?" + values.size();
    }

    /** Rows, all or of one status, newest first: seq, statement_id, status, attempts, next, http, message, created, finished. */
    public List<Object[]> list(String status, int max) {
        String where = status == null ? "" : " WHERE status = ?1";
        var query = em.createNativeQuery("SELECT seq, statement_id, status, attempts, next_attempt_at, last_http_status,"
                + " last_message, created_at, finished_at FROM xapi_forward_outbox" + where + " ORDER BY seq DESC");
        if (status != null) {
            query.setParameter(1, status);
        }
        List<Object[]> rows = new ArrayList<>();
        query.setMaxResults(max).getResultList().forEach(r -> rows.add((Object[]) r));
        return rows;
    }

    /** Count per status. */
    public List<Object[]> counts() {
        List<Object[]> rows = new ArrayList<>();
        em.createNativeQuery("SELECT status, COUNT(*) FROM xapi_forward_outbox GROUP BY status").getResultList()
                .forEach(r -> rows.add((Object[]) r));
        return rows;
    }

    /** Puts failed rows (one, or all when {@code statementId} is null) back in the queue with fresh attempts. */
    public int resend(UUID statementId, Instant now) {
        String one = statementId == null ? "" : " AND statement_id = ?2";
        var query = em.createNativeQuery("UPDATE xapi_forward_outbox SET status = 'PENDING', attempts = 0,"
                + " next_attempt_at = ?1, finished_at = NULL WHERE status = 'FAILED'" + one).setParameter(1, ts(now));
        if (statementId != null) {
            query.setParameter(2, statementId.toString());
        }
        return query.executeUpdate();
    }

    static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
