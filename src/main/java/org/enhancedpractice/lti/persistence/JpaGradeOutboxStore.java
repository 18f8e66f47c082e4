package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.lti.grades.Delivery;
import org.enhancedpractice.lti.grades.GradeStatus;
import org.enhancedpractice.lti.grades.OutboxEntry;
import org.enhancedpractice.lti.services.CourseLink;

/**
 * The grade outbox table. Claims are leases: a row is taken by setting its owner and lease end in one conditional
 * update, so of several tool instances exactly one sends it; a sender that dies leaves a lease that runs out and the
 * row is taken again. On PostgreSQL candidates are locked with {@code FOR UPDATE SKIP LOCKED}, so instances never wait
 * for each other; elsewhere (embedded H2, one instance) each candidate is taken by a compare-and-set update.
 */
@ApplicationScoped
@Transactional
public class JpaGradeOutboxStore {
    /** Due, or leased by a sender whose lease ran out; never while another row of the same key is being sent. */
    static final String CLAIMABLE = "((o.status = 'PENDING' AND o.next_attempt_at <= ?1) OR (o.status = 'SENDING'"
            + " AND o.lease_until < ?1)) AND NOT EXISTS (SELECT 1 FROM lti_grade_outbox b WHERE b.grade_key ="
            + " o.grade_key AND b.id <> o.id AND b.status = 'SENDING' AND b.lease_until >= ?1)";
    static final String CLAIM_POSTGRES = "UPDATE lti_grade_outbox SET status = 'SENDING', lease_owner = ?2,"
            + " lease_until = ?3 WHERE id IN (SELECT o.id FROM lti_grade_outbox o WHERE " + CLAIMABLE
            + " ORDER BY o.next_attempt_at LIMIT ?4 FOR UPDATE OF o SKIP LOCKED)";
    static final String CANDIDATES = "SELECT o.id FROM lti_grade_outbox o WHERE " + CLAIMABLE
            + " ORDER BY o.next_attempt_at";
    static final String CLAIM_ONE = "UPDATE lti_grade_outbox SET status = 'SENDING', lease_owner = ?2, lease_until = ?3"
            + " WHERE id = ?4 AND ((status = 'PENDING' AND next_attempt_at <= ?1) OR (status = 'SENDING'"
            + " AND lease_until < ?1))";

    @PersistenceContext(unitName = "ept") EntityManager em;

    /** Inserts the grade; older grades of the same key still waiting are superseded, since this one replaces them. */
    public void insert(UUID id, String gradeKey, org.enhancedpractice.lti.grades.GradeRequest request, Instant now) {
        em.createQuery("UPDATE GradeOutboxEntity o SET o.status = :superseded, o.finishedAt = :now"
                        + " WHERE o.gradeKey = :k AND o.status = :pending AND o.actionTime <= :t")
                .setParameter("superseded", GradeStatus.SUPERSEDED.name()).setParameter("now", odt(now))
                .setParameter("k", gradeKey).setParameter("pending", GradeStatus.PENDING.name())
                .setParameter("t", odt(request.actionTime())).executeUpdate();
        em.persist(OutboxRows.entity(id, gradeKey, request, odt(now)));
    }

    /** Claims up to {@code max} due rows for {@code owner} until {@code leaseUntil}; own transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<OutboxEntry> claim(String owner, Instant now, Instant leaseUntil, int max, boolean postgres) {
        if (postgres) {
            em.createNativeQuery(CLAIM_POSTGRES).setParameter(1, ts(now)).setParameter(2, owner)
                    .setParameter(3, ts(leaseUntil)).setParameter(4, max).executeUpdate();
        } else {
            List<?> ids = em.createNativeQuery(CANDIDATES).setParameter(1, ts(now)).setMaxResults(max).getResultList();
            for (Object id : ids) {
                em.createNativeQuery(CLAIM_ONE).setParameter(1, ts(now)).setParameter(2, owner)
                        .setParameter(3, ts(leaseUntil)).setParameter(4, id.toString()).executeUpdate();
            }
        }
        return em.createQuery("SELECT o FROM GradeOutboxEntity o WHERE o.leaseOwner = :owner AND o.status = :sending"
                        + " ORDER BY o.nextAttemptAt", GradeOutboxEntity.class)
                .setParameter("owner", owner).setParameter("sending", GradeStatus.SENDING.name())
                .getResultStream().map(OutboxRows::entry).toList();
    }

    /** Writes an attempt's result, unless the lease was lost to another sender meanwhile. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean record(UUID id, String owner, Delivery delivery, Instant now) {
        GradeOutboxEntity e = em.find(GradeOutboxEntity.class, id.toString());
        if (e == null || !owner.equals(e.leaseOwner) || !GradeStatus.SENDING.name().equals(e.status)) {
            return false;
        }
        OutboxRows.apply(e, delivery, odt(now));
        return true;
    }

    /** Whether a grade of the same key for a later action was already accepted: sending this one would undo it. */
    public boolean newerSent(String gradeKey, Instant actionTime) {
        return !em.createQuery("SELECT o.id FROM GradeOutboxEntity o WHERE o.gradeKey = :k AND o.status = :sent"
                        + " AND o.actionTime > :t", String.class)
                .setParameter("k", gradeKey).setParameter("sent", GradeStatus.SENT.name())
                .setParameter("t", odt(actionTime)).setMaxResults(1).getResultList().isEmpty();
    }

    public Optional<OutboxEntry> find(UUID id) {
        return Optional.ofNullable(em.find(GradeOutboxEntity.class, id.toString())).map(OutboxRows::entry);
    }

    /** Refused and failed grades of a context (every link in it), newest first. */
    public List<OutboxEntry> problems(CourseLink context, int max) {
        return em.createQuery("SELECT o FROM GradeOutboxEntity o WHERE o.registrationId = :r AND o.deploymentId = :d"
                        + " AND o.contextId = :c AND o.status IN :problems ORDER BY o.createdAt DESC",
                        GradeOutboxEntity.class)
                .setParameter("r", context.registrationId().toString()).setParameter("d", context.deploymentId())
                .setParameter("c", context.contextId()).setParameter("problems", problemStatuses())
                .setMaxResults(max).getResultStream().map(OutboxRows::entry).toList();
    }

    /** Every grade, or those with one status, newest first (administrator API). */
    public List<OutboxEntry> list(GradeStatus status, int max) {
        String where = status == null ? "" : " WHERE o.status = :s";
        var query = em.createQuery("SELECT o FROM GradeOutboxEntity o" + where + " ORDER BY o.createdAt DESC",
                GradeOutboxEntity.class);
        if (status != null) {
            query.setParameter("s", status.name());
        }
        return query.setMaxResults(max).getResultStream().map(OutboxRows::entry).toList();
    }

    /** Puts a refused or failed grade back in the queue with fresh attempts. */
    public boolean resend(UUID id, Instant now) {
        return em.createQuery("UPDATE GradeOutboxEntity o SET o.status = :pending, o.attempts = 0,"
                        + " o.nextAttemptAt = :now, o.finishedAt = NULL, o.leaseOwner = NULL, o.leaseUntil = NULL"
                        + " WHERE o.id = :id AND o.status IN :problems")
                .setParameter("pending", GradeStatus.PENDING.name()).setParameter("now", odt(now))
                .setParameter("id", id.toString()).setParameter("problems", problemStatuses())
                .executeUpdate() == 1;
    }

    private static List<String> problemStatuses() {
        return List.of(GradeStatus.REFUSED.name(), GradeStatus.FAILED.name());
    }

    static OffsetDateTime odt(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Timestamp ts(Instant instant) {
        return Timestamp.from(instant);
    }
}
