package org.enhancedpractice.lti.grades;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enhancedpractice.lti.persistence.JpaGradeOutboxStore;
import org.enhancedpractice.platform.ToolReady;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Sends the outbox every {@code ept.grades.send-interval-seconds}: claims due rows under a lease (safe with several
 * tool instances), delivers each and records the outcome. Runs on the container's managed scheduled executor, with a
 * fixed delay so ticks never overlap within an instance.
 */
@ApplicationScoped
public class GradeSender {
    private static final Logger LOG = Logger.getLogger(GradeSender.class.getName());
    static final int BATCH = 20;
    /** Long enough for a token request, a line item search and creation and the score post, each with its timeout. */
    static final Duration LEASE = Duration.ofMinutes(2);

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;
    @Inject JpaGradeOutboxStore store;
    @Inject GradeDelivery delivery;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    private ScheduledFuture<?> schedule;

    void onStart(@Observes ToolReady ready) {
        long interval = settings.services().gradeSendInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One round; never throws, or the executor would stop scheduling it. */
    void tick() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Grade outbox round failed; the next round retries", e);
        }
    }

    /** @return how many rows this round claimed */
    int sendDue() {
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        List<OutboxEntry> claimed = store.claim(owner, now, now.plus(LEASE), BATCH, settings.usesPostgres());
        for (OutboxEntry entry : claimed) {
            try {
                send(entry, owner);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Grade " + entry.id() + " could not be delivered; it is taken again when its "
                        + "lease runs out", e);
            }
        }
        return claimed.size();
    }

    private void send(OutboxEntry entry, String owner) {
        Delivery result = delivery.deliver(entry);
        store.record(entry.id(), owner, result, clock.instant());
        if (result.status().isProblem()) {
            LOG.warning(() -> "Grade " + entry.id() + " for user " + entry.request().userId() + " "
                    + result.status() + ": " + result.message());
        }
    }
}
