package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.enhancedpractice.lti.grades.GradeKeys;

/**
 * The last score timestamp per (line item, user), shared by every tool instance (AGS 2.0 §3.4.6: a platform ignores
 * a score that is not newer than the last). The row is locked while a new timestamp is chosen.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class JpaScoreClockStore {
    @PersistenceContext(unitName = "ept") EntityManager em;

    /** {@code proposed} in milliseconds, or 1 ms after the last timestamp when that is not earlier; recorded. */
    public Instant stamp(URI lineItem, String userId, Instant proposed) {
        Instant wanted = proposed.truncatedTo(ChronoUnit.MILLIS);
        ScoreClockEntity e = em.find(ScoreClockEntity.class, id(lineItem, userId), LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new ScoreClockEntity();
            e.id = id(lineItem, userId);
            e.lineItemUrl = lineItem.toString();
            e.userId = userId;
            e.lastTimestamp = JpaGradeOutboxStore.odt(wanted);
            em.persist(e);
            return wanted;
        }
        Instant last = e.lastTimestamp.toInstant();
        Instant chosen = wanted.isAfter(last) ? wanted : last.plusMillis(1);
        e.lastTimestamp = JpaGradeOutboxStore.odt(chosen);
        return chosen;
    }

    /**
     * After Moodle's 409 (it compares whole seconds): the next timestamp for this line item and user will be in a
     * later second than {@code refused}.
     */
    public void skipSecondOf(URI lineItem, String userId, Instant refused) {
        ScoreClockEntity e = em.find(ScoreClockEntity.class, id(lineItem, userId), LockModeType.PESSIMISTIC_WRITE);
        Instant floor = refused.truncatedTo(ChronoUnit.SECONDS).plusSeconds(1).minusMillis(1);
        if (e != null && e.lastTimestamp.toInstant().isBefore(floor)) {
            e.lastTimestamp = JpaGradeOutboxStore.odt(floor);
        }
    }

    static String id(URI lineItem, String userId) {
        return GradeKeys.sha256(lineItem + "\n" + userId);
    }
}
