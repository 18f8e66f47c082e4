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
 * The forwarding outbox table (V9). Claims follow {@link ForwardClaiming}: heads of actors' queues and their
 * followers, so two senders never hold rows of the same actor at once and an actor's rows leave in order.
 */
@ApplicationScoped
@Transactional
public class JpaForwardOutboxStore {
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
        new ForwardClaiming(new JpaSql(), owner, now, leaseUntil).claim(max, postgres);
        return claimed(owner);
    }

    /** Native SQL through this store's EntityManager (the caller's transaction). */
    private final class JpaSql implements ForwardClaiming.NativeSql {
        @Override
        public List<Object[]> rows(String sql, int max, Object... params) {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            if (max > 0) {
                query.setMaxResults(max);
            }
            List<Object[]> rows = new ArrayList<>();
            query.getResultList().forEach(r -> rows.add((Object[]) r));
            return rows;
        }

        @Override
        public int update(String sql, Object... params) {
            var query = em.createNativeQuery(sql);
            for (int i = 0; i < params.length; i++) {
                query.setParameter(i + 1, params[i]);
            }
            return query.executeUpdate();
        }
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
