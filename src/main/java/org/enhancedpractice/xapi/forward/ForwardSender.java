package org.enhancedpractice.xapi.forward;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enhancedpractice.platform.ToolReady;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.XapiSettings;
import org.enhancedpractice.xapi.forward.client.AttachmentPart;
import org.enhancedpractice.xapi.forward.client.ClientConfig;
import org.enhancedpractice.xapi.forward.client.XapiClient;
import org.enhancedpractice.xapi.persistence.ForwardClaim;
import org.enhancedpractice.xapi.persistence.JpaAttachmentStore;
import org.enhancedpractice.xapi.persistence.JpaForwardOutboxStore;

/**
 * Every {@code xapi.forward.interval-seconds}: claims a round of due statements under a lease (safe with several tool
 * instances), sends it ({@link ForwardDelivery}) and records each outcome; a full round that went through is followed
 * at once by the next, so a backlog drains without waiting for the interval. Runs on the container's managed
 * scheduled executor with a fixed delay, so rounds never overlap within an instance.
 */
@ApplicationScoped
public class ForwardSender {
    private static final Logger LOG = Logger.getLogger(ForwardSender.class.getName());
    /** Rounds per tick at most, so one tick cannot hold the executor thread for ever. */
    static final int MAX_ROUNDS_PER_TICK = 50;

    @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
    ManagedScheduledExecutorService executor;
    @Inject JpaForwardOutboxStore store;
    @Inject JpaAttachmentStore attachments;
    @Inject XapiSettings xapiSettings;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    private ScheduledFuture<?> schedule;
    private ForwardDelivery delivery;

    void onStart(@Observes ToolReady ready) {
        ForwardSettings forwarding = xapiSettings.forwarding();
        if (!forwarding.enabled()) {
            return;
        }
        delivery = new ForwardDelivery(XapiClient.create(new ClientConfig(forwarding.endpointUri(), forwarding.key(),
                forwarding.secret(), forwarding.timeout(), "EnhancedPracticeTool-forwarder")));
        long interval = forwarding.interval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::tick, interval, interval, TimeUnit.MILLISECONDS);
        LOG.info(() -> "Forwarding statements to " + forwarding.endpointUri());
    }

    @PreDestroy
    void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** One tick; never throws, or the executor would stop scheduling it. */
    void tick() {
        try {
            for (int round = 0; round < MAX_ROUNDS_PER_TICK && sendRound(); round++) {
                // a full round went through: the backlog may hold more
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Forwarding round failed; rows are taken again when their lease runs out", e);
        }
    }

    /** @return whether another round should follow at once (a full round, all delivered or refused) */
    boolean sendRound() {
        ForwardSettings forwarding = xapiSettings.forwarding();
        String owner = UUID.randomUUID().toString();
        Instant now = clock.instant();
        int batch = forwarding.limits().batchSize();
        List<ForwardClaim> claimed = store.claim(owner, now, now.plus(lease(forwarding)), batch, settings.usesPostgres());
        if (claimed.isEmpty()) {
            return false;
        }
        Map<UUID, Outcome> outcomes = delivery.deliver(claimed.stream().map(this::outgoing).toList());
        Instant done = clock.instant();
        boolean allThrough = true;
        for (ForwardClaim claim : claimed) {
            Outcome outcome = outcomes.get(claim.statementId());
            allThrough &= outcome.kind() == Outcome.Kind.DELIVERED || outcome.kind() == Outcome.Kind.FAILED;
            store.record(claim.seq(), owner, RoundResult.of(outcome, claim.attempts(), done, forwarding));
            if (outcome.kind() == Outcome.Kind.FAILED) {
                LOG.warning(() -> "Statement " + claim.statementId() + " refused by the external LRS ("
                        + outcome.httpStatus() + "): " + outcome.message());
            }
        }
        return allThrough && claimed.size() == batch;
    }

    /**
     * Long enough for a POST and a few follow-up requests, each with its timeout. A round that outlives its lease
     * (a long one-by-one pass) may be sent again by another instance: harmless, since the LRS keeps one statement per
     * id and the rows of an actor are re-claimed together, in order; the late round's results are then discarded.
     */
    static Duration lease(ForwardSettings forwarding) {
        return forwarding.timeout().multipliedBy(4).plusMinutes(1);
    }

    private Outgoing outgoing(ForwardClaim claim) {
        List<AttachmentPart> parts = attachments.forStatement(claim.statementId()).stream()
                .map(c -> new AttachmentPart(c.sha2(), c.contentType(), c.content())).toList();
        return new Outgoing(claim.statementId(), JSON.createReader(new StringReader(claim.statementJson())).readObject(),
                parts);
    }
}
