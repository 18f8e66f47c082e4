package org.enhancedpractice.xapi.admin;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsClients;
import org.enhancedpractice.xapi.auth.SecretHash;
import org.enhancedpractice.xapi.persistence.JpaLrsClientStore;
import org.enhancedpractice.xapi.persistence.LrsClientRow;
import org.enhancedpractice.xapi.persistence.LrsClientSummary;
import org.enhancedpractice.xapi.statement.StatementAccess;

/**
 * What a tool administrator does with LRS clients. Secrets are 256 random bits, answered once and stored as PBKDF2
 * hashes; every change makes this instance forget the client's remembered credential checks at once.
 */
@ApplicationScoped
@Transactional
public class LrsClientAdmin {
    static final String GENERATED_KEY_PREFIX = "lrs-";
    private static final int SECRET_BYTES = 32;
    private static final int KEY_BYTES = 12;

    @Inject JpaLrsClientStore store;
    @Inject LrsClients clients;
    @Inject StatementAccess access;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();

    public List<LrsClientSummary> list() {
        return store.summaries();
    }

    public LrsClientSummary get(String key) {
        return store.summary(key).orElseThrow(() -> LrsClientProblem.notFound(key));
    }

    /** Creates the client; 409 when the key exists or statements already name it as their authority. */
    public IssuedSecret create(NewLrsClient request) {
        String key = request.key() == null ? generatedKey() : request.key();
        if (store.find(key).isPresent()) {
            throw new LrsClientProblem(409, LrsClientProblem.EXISTS, "An LRS client with the key '" + key + "' exists.");
        }
        if (store.hasAuthored(access.authorityIfi(new LrsClient(key, Set.of(), null)))) {
            throw new LrsClientProblem(409, LrsClientProblem.KEY_USED, "Statements were stored under the key '" + key
                    + "' by an earlier client; a new client with it would read them as its own. Choose another key.");
        }
        if (request.tenantId() != null && !store.tenantExists(request.tenantId())) {
            throw LrsClientProblem.badRequest(LrsClientProblem.TENANT_UNKNOWN,
                    "No tenant has the id " + request.tenantId() + ".");
        }
        String secret = newSecret();
        SecretHash hash = SecretHash.create(secret, random);
        store.save(new LrsClientRow(key, hash.hash(), hash.salt(), hash.iterations(), request.scopes().stored(),
                request.tenantId(), false), clock.instant());
        return new IssuedSecret(get(key), secret);
    }

    public LrsClientSummary changeScopes(String key, ClientScopes scopes) {
        return update(key, row -> new LrsClientRow(row.key(), row.secretHash(), row.salt(), row.iterations(),
                scopes.stored(), row.tenantId(), row.disabled()));
    }

    public LrsClientSummary setDisabled(String key, boolean disabled) {
        return update(key, row -> new LrsClientRow(row.key(), row.secretHash(), row.salt(), row.iterations(),
                row.scopes(), row.tenantId(), disabled));
    }

    /** A new secret; the old one stops working at once on this instance. */
    public IssuedSecret rotateSecret(String key) {
        String secret = newSecret();
        SecretHash hash = SecretHash.create(secret, random);
        LrsClientSummary client = update(key, row -> new LrsClientRow(row.key(), hash.hash(), hash.salt(),
                hash.iterations(), row.scopes(), row.tenantId(), row.disabled()));
        return new IssuedSecret(client, secret);
    }

    public void delete(String key) {
        if (!store.delete(key)) {
            throw LrsClientProblem.notFound(key);
        }
        clients.forget(key);
    }

    private LrsClientSummary update(String key, UnaryOperator<LrsClientRow> change) {
        LrsClientRow row = store.find(key).orElseThrow(() -> LrsClientProblem.notFound(key));
        store.save(change.apply(row), clock.instant());
        clients.forget(key);
        return get(key);
    }

    private String generatedKey() {
        byte[] bytes = new byte[KEY_BYTES];
        random.nextBytes(bytes);
        return GENERATED_KEY_PREFIX + HexFormat.of().formatHex(bytes);
    }

    private String newSecret() {
        byte[] bytes = new byte[SECRET_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
