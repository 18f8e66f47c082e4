package org.enhancedpractice.lti.grades;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.lti.persistence.JpaGradeOutboxStore;
import org.enhancedpractice.lti.services.CourseLink;

/**
 * The public API for sending grades to the VLE. {@link #enqueue} is a database insert in the caller's transaction
 * (it never calls the platform), so a learner's action neither waits for nor fails with the VLE; the
 * {@link GradeSender} delivers it later, with retries.
 */
@ApplicationScoped
public class GradeOutbox {
    static final int MAX_LISTED = 200;

    @Inject JpaGradeOutboxStore store;
    @Inject Clock clock;

    /**
     * Queues a grade, replacing any grade of the same link, line item choice and user that is still waiting.
     *
     * @return the id of the outbox entry, for {@link #find}
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public UUID enqueue(GradeRequest request) {
        UUID id = UUID.randomUUID();
        store.insert(id, request.key(), request, clock.instant());
        return id;
    }

    public Optional<OutboxEntry> find(UUID id) {
        return store.find(id);
    }

    /** Grades of a context that were refused or kept failing: what its tutors must see (newest first). */
    public List<OutboxEntry> problems(CourseLink context) {
        return store.problems(context.contextOnly(), MAX_LISTED);
    }

    /** For administrators: every grade, or those with one status (newest first). */
    public List<OutboxEntry> list(GradeStatus status) {
        return store.list(status, MAX_LISTED);
    }

    /** Queues a refused or failed grade again with fresh attempts; false when it is not in such a state. */
    @Transactional
    public boolean resend(UUID id) {
        return store.resend(id, clock.instant());
    }
}
