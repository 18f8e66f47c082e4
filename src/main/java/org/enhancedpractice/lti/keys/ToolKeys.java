package org.enhancedpractice.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enhancedpractice.lti.persistence.JpaToolKeyStore;
import org.enhancedpractice.platform.ConfigurationProblem;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolReady;

/**
 * The tool's key pairs: one generated on first start and kept; rotation adds keys that are published at once and
 * sign after {@code ept.keys.activation-delay-seconds}. The set is re-read from the database every minute, so
 * every instance behind a load balancer converges without messaging; which key signs is decided by time.
 */
@ApplicationScoped
public class ToolKeys {
    static final int KEY_SIZE = 2048;
    static final Duration RELOAD_INTERVAL = Duration.ofMinutes(1);

    @Inject JpaToolKeyStore store;
    @Inject Clock clock;
    @Inject @ConfigProperty(name = "ept.keys.activation-delay-seconds", defaultValue = "86400")
    long activationDelaySeconds;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    void onStart(@Observes ToolReady ready) {
        if (activationDelaySeconds < 0 || activationDelaySeconds > 30L * 86_400) {
            throw new ConfigurationProblem(List.of("ept.keys.activation-delay-seconds (EPT_KEYS_ACTIVATION_DELAY_SECONDS)"
                    + " must be between 0 and 2592000, was " + activationDelaySeconds));
        }
        if (store.all().isEmpty()) {
            store.save(generate(StoredToolKey.ACTIVE));
        }
        reload();
    }

    /** The private key that signs now (deep-linking responses, client assertions). */
    public RSAKey signingKey() {
        Loaded current = current();
        StoredToolKey key = KeyRotation.signingKey(current.keys, clock.instant(), activationDelay())
                .orElseThrow(() -> new IllegalStateException("No tool key may sign: table tool_key has none ACTIVE"));
        return parse(key);
    }

    /** The public JWKS: every key not retired, private parts removed (RFC 7517 §5). */
    public JWKSet publicJwks() {
        return current().publicSet;
    }

    public List<StoredToolKey> keys() {
        return current().keys;
    }

    public Duration activationDelay() {
        return Duration.ofSeconds(activationDelaySeconds);
    }

    /** Rotation step 1: a new key, published at once, signing after the activation delay. */
    public StoredToolKey add() {
        StoredToolKey key = generate(StoredToolKey.PUBLISHED);
        store.save(key);
        reload();
        return key;
    }

    /** Rotation step 3: withdraw a key. The key that signs now cannot be retired. */
    public void retire(String kid) {
        List<StoredToolKey> keys = store.all();
        if (keys.stream().noneMatch(k -> k.kid().equals(kid))) {
            throw new Problem(404, "key_not_found", "No such key", "No tool key has kid '" + kid + "'.");
        }
        boolean signing = KeyRotation.signingKey(keys, clock.instant(), activationDelay())
                .map(k -> k.kid().equals(kid)).orElse(false);
        if (signing) {
            throw new Problem(409, "key_in_use", "Key still signs", "Key '" + kid + "' signs now: add a new key and wait"
                    + " until it signs before retiring this one.");
        }
        store.retire(kid);
        reload();
    }

    private Loaded current() {
        Loaded value = loaded.get();
        if (value == null || value.loadedAt.plus(RELOAD_INTERVAL).isBefore(clock.instant())) {
            reload();
            value = loaded.get();
        }
        return value;
    }

    private void reload() {
        List<StoredToolKey> keys = store.all();
        List<JWK> published = KeyRotation.published(keys).stream().map(k -> (JWK) parse(k).toPublicJWK()).toList();
        loaded.set(new Loaded(keys, new JWKSet(published), clock.instant()));
    }

    StoredToolKey generate(String status) {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            return new StoredToolKey(key.getKeyID(), key.toJSONString(), status, clock.instant());
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate an RSA tool key", e);
        }
    }

    private static RSAKey parse(StoredToolKey key) {
        try {
            return RSAKey.parse(key.privateJwk());
        } catch (ParseException e) {
            throw new IllegalStateException("Stored tool key " + key.kid() + " is not a valid RSA JWK", e);
        }
    }

    private record Loaded(List<StoredToolKey> keys, JWKSet publicSet, Instant loadedAt) {
    }
}
