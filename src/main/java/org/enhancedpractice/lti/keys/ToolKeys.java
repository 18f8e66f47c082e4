package org.enhancedpractice.lti.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.enhancedpractice.lti.persistence.JpaToolKeyStore;
import org.enhancedpractice.platform.ToolReady;

/**
 * The tool's key pairs: one generated on first start and kept; every stored key is published in the JWKS, the
 * newest ACTIVE one signs. Loaded once at start-up; rotation (issue: LTI Advantage) reloads.
 */
@ApplicationScoped
public class ToolKeys {
    static final int KEY_SIZE = 2048;

    @Inject JpaToolKeyStore store;
    @Inject Clock clock;
    private final AtomicReference<Loaded> loaded = new AtomicReference<>();

    void onStart(@Observes ToolReady ready) {
        if (store.all().isEmpty()) {
            store.save(generate());
        }
        reload();
    }

    public RSAKey signingKey() {
        return current().signing;
    }

    /** The public JWKS: every key, private parts removed (RFC 7517 §5). */
    public JWKSet publicJwks() {
        return current().publicSet;
    }

    private Loaded current() {
        Loaded value = loaded.get();
        if (value == null) {
            reload();
            value = loaded.get();
        }
        return value;
    }

    void reload() {
        List<StoredToolKey> keys = store.all();
        List<RSAKey> parsed = keys.stream().map(ToolKeys::parse).toList();
        RSAKey signing = null;
        for (int i = 0; i < keys.size(); i++) {
            if (StoredToolKey.ACTIVE.equals(keys.get(i).status())) {
                signing = parsed.get(i);
            }
        }
        if (signing == null) {
            throw new IllegalStateException("No ACTIVE tool key in table tool_key");
        }
        JWKSet publicSet = new JWKSet(parsed.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList());
        loaded.set(new Loaded(signing, publicSet));
    }

    StoredToolKey generate() {
        try {
            RSAKey key = new RSAKeyGenerator(KEY_SIZE).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID(UUID.randomUUID().toString()).generate();
            return new StoredToolKey(key.getKeyID(), key.toJSONString(), StoredToolKey.ACTIVE, clock.instant());
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

    private record Loaded(RSAKey signing, JWKSet publicSet) {
    }
}
