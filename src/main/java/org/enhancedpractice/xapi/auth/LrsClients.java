package org.enhancedpractice.xapi.auth;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.enhancedpractice.platform.ToolReady;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.XapiSettings;
import org.enhancedpractice.xapi.persistence.JpaLrsClientStore;
import org.enhancedpractice.xapi.persistence.LrsClientRow;

/**
 * HTTP Basic authentication of LRS clients (xAPI 1.0.3 Part 3 §4.1, RFC 7617). A verified key:secret pair is
 * remembered for {@link #CACHE_TTL} under its SHA-256, never the secret itself, because PBKDF2 is slow on purpose.
 * A disabled client authenticates as nobody. In the default mode the demo client (all scopes, no tenant) is created
 * or updated at start-up.
 */
@ApplicationScoped
public class LrsClients {
    static final Duration CACHE_TTL = Duration.ofMinutes(2);
    private static final Logger LOG = Logger.getLogger(LrsClients.class.getName());
    private static final int CACHE_LIMIT = 10_000;

    @Inject JpaLrsClientStore store;
    @Inject XapiSettings xapiSettings;
    @Inject ToolSettings toolSettings;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    private record Verified(LrsClient client, Instant until) {
    }

    void onStart(@Observes ToolReady ready) {
        if (!toolSettings.isDefaultMode()) {
            return;
        }
        String key = xapiSettings.demoKey();
        String secret = xapiSettings.demoSecret();
        Optional<LrsClientRow> existing = store.find(key);
        if (!existing.map(row -> hash(row).matches(secret)).orElse(false)) {
            SecretHash hash = SecretHash.create(secret, random);
            boolean disabled = existing.map(LrsClientRow::disabled).orElse(false);
            store.save(new LrsClientRow(key, hash.hash(), hash.salt(), hash.iterations(), LrsClient.SCOPE_ALL, null,
                    disabled), clock.instant());
        }
        LOG.info(() -> "Demo LRS client '" + key + "' ready (default mode)");
    }

    /** The client named by an {@code Authorization: Basic …} header, if its secret is right. */
    public Optional<LrsClient> authenticate(String authorization) {
        Optional<String[]> pair = basic(authorization);
        if (pair.isEmpty()) {
            return Optional.empty();
        }
        String fingerprint = sha256(pair.get()[0] + ":" + pair.get()[1]);
        Verified hit = verified.get(fingerprint);
        Instant now = clock.instant();
        if (hit != null && hit.until().isAfter(now)) {
            return Optional.of(hit.client());
        }
        Optional<LrsClient> client = verify(pair.get()[0], pair.get()[1]);
        client.ifPresent(c -> remember(fingerprint, new Verified(c, now.plus(CACHE_TTL))));
        return client;
    }

    private Optional<LrsClient> verify(String key, String secret) {
        return store.find(key).filter(row -> !row.disabled() && hash(row).matches(secret))
                .map(row -> new LrsClient(row.key(), LrsClient.parseScopes(row.scopes()), row.tenantId()));
    }

    /**
     * Forgets the remembered checks of this client on this instance, after its secret, scopes or state changed (other
     * instances forget theirs within {@link #CACHE_TTL}).
     */
    public void forget(String key) {
        verified.values().removeIf(entry -> entry.client().key().equals(key));
    }

    private void remember(String fingerprint, Verified entry) {
        if (verified.size() >= CACHE_LIMIT) {
            verified.clear();
        }
        verified.put(fingerprint, entry);
    }

    static Optional<String[]> basic(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? Optional.empty()
                    : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static SecretHash hash(LrsClientRow row) {
        return new SecretHash(row.secretHash(), row.salt(), row.iterations());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
