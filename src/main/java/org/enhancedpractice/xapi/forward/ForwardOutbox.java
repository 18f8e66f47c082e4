package org.enhancedpractice.xapi.forward;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.xapi.XapiSettings;
import org.enhancedpractice.xapi.persistence.JpaForwardOutboxStore;

/**
 * The forwarding queue. {@link #enqueue} runs inside the transaction that stores the statement (the LRS's
 * {@code StatementStore} calls it for every statement, the tool's own and clients'), so a committed statement is
 * always queued and a rolled-back one never is.
 */
@ApplicationScoped
public class ForwardOutbox {
    static final int MAX_LISTED = 500;

    @Inject JpaForwardOutboxStore store;
    @Inject XapiSettings settings;
    @Inject Clock clock;

    /** Queues a statement when forwarding is configured; does nothing otherwise. Needs the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(UUID tenantId, UUID statementId, String actorIfi) {
        if (settings.forwarding().enabled()) {
            store.enqueue(statementId, actorKey(tenantId, actorIfi), clock.instant());
        }
    }

    /** The statements of one actor of one tenant keep their order; the key is opaque (SHA-256 hex). */
    static String actorKey(UUID tenantId, String actorIfi) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(
                    ((tenantId == null ? "-" : tenantId.toString()) + "\n" + actorIfi).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("The JDK always provides SHA-256", e);
        }
    }

    /** Entries, all or of one status, newest first (at most {@value #MAX_LISTED}). */
    public List<ForwardEntry> list(ForwardStatus status) {
        return store.list(status == null ? null : status.name(), MAX_LISTED).stream().map(ForwardOutbox::entry).toList();
    }

    public Map<ForwardStatus, Long> counts() {
        Map<ForwardStatus, Long> counts = new EnumMap<>(ForwardStatus.class);
        for (ForwardStatus status : ForwardStatus.values()) {
            counts.put(status, 0L);
        }
        store.counts().forEach(r -> counts.put(ForwardStatus.valueOf((String) r[0]), ((Number) r[1]).longValue()));
        return counts;
    }

    /** Queues failed statements again with fresh attempts: one, or every failed one when {@code statementId} is null. */
    @Transactional
    public int resend(UUID statementId) {
        return store.resend(statementId, clock.instant());
    }

    private static ForwardEntry entry(Object[] r) {
        return new ForwardEntry(((Number) r[0]).longValue(), UUID.fromString((String) r[1]),
                ForwardStatus.valueOf((String) r[2]), ((Number) r[3]).intValue(), instant(r[4]),
                r[5] == null ? null : ((Number) r[5]).intValue(), (String) r[6], instant(r[7]), instant(r[8]));
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.sql.Timestamp ts) {
            return ts.toInstant();
        }
        if (value instanceof OffsetDateTime odt) {
            return odt.toInstant();
        }
        if (value instanceof java.time.ZonedDateTime zdt) {
            return zdt.toInstant();
        }
        throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
    }
}
