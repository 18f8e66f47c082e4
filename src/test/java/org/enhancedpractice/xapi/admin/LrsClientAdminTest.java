package org.enhancedpractice.xapi.admin;

import static org.enhancedpractice.platform.JsonSupport.JSON;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsClients;
import org.enhancedpractice.xapi.auth.LrsClientsFixture;
import org.enhancedpractice.xapi.statement.StatementAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The administration rules over an in-memory store, with the real {@link LrsClients} authenticating the credentials
 * the administration hands out (HTTP Basic, xAPI 1.0.3 Part 3 §4.1; PBKDF2 hashes).
 */
class LrsClientAdminTest {
    private static final UUID TENANT = UUID.fromString("10000000-0000-0000-0000-000000000001");
    private final InMemoryLrsClientStore store = new InMemoryLrsClientStore();
    private final LrsClientAdmin admin = new LrsClientAdmin();
    private LrsClients clients;

    @BeforeEach
    void wire() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        clients = LrsClientsFixture.over(store, clock);
        admin.store = store;
        admin.clients = clients;
        admin.clock = clock;
        admin.access = new StatementAccess() {
            @Override
            public String authorityIfi(LrsClient client) {
                return "account:https://tool.example/xapi/clients|" + client.key();
            }
        };
        store.tenants.add(TENANT);
    }

    @Test
    void createdClientAuthenticatesWithTheSecretShownOnceAndItsScopes() {
        IssuedSecret issued = admin.create(new NewLrsClient("analytics", scopes("statements/read", "state"), TENANT));
        assertEquals("analytics", issued.client().key());
        assertTrue(issued.secret().length() >= 43, "256 random bits");
        LrsClient client = clients.authenticate(basic("analytics", issued.secret())).orElseThrow();
        assertEquals(Set.of("statements/read", "state"), client.scopes());
        assertEquals(TENANT, client.tenantId());
        assertFalse(store.rows.get("analytics").secretHash().contains(issued.secret()), "only the hash is stored");
        assertTrue(clients.authenticate(basic("analytics", issued.secret() + "x")).isEmpty());
    }

    @Test
    void generatesAKeyWhenNoneIsGiven() {
        IssuedSecret one = admin.create(new NewLrsClient(null, scopes("statements/write"), null));
        IssuedSecret two = admin.create(new NewLrsClient(null, scopes("statements/write"), null));
        assertTrue(one.client().key().startsWith(LrsClientAdmin.GENERATED_KEY_PREFIX));
        assertNotEquals(one.client().key(), two.client().key());
        assertNotEquals(one.secret(), two.secret());
    }

    @Test
    void refusesAnExistingKey() {
        admin.create(new NewLrsClient("k1", scopes("all"), null));
        assertCode(409, LrsClientProblem.EXISTS, () -> admin.create(new NewLrsClient("k1", scopes("all"), null)));
    }

    @Test
    void refusesAKeyEarlierStatementsCarryAsAuthority() {
        store.authorities.add("account:https://tool.example/xapi/clients|gone");
        assertCode(409, LrsClientProblem.KEY_USED, () -> admin.create(new NewLrsClient("gone", scopes("all"), null)));
    }

    @Test
    void refusesATenantThatDoesNotExist() {
        UUID unknown = UUID.fromString("10000000-0000-0000-0000-000000000099");
        assertCode(400, LrsClientProblem.TENANT_UNKNOWN,
                () -> admin.create(new NewLrsClient("k2", scopes("all"), unknown)));
        assertTrue(store.rows.isEmpty());
    }

    @Test
    void changedScopesApplyAtOnceEvenAfterACachedCheck() {
        IssuedSecret issued = admin.create(new NewLrsClient("k3", scopes("statements/write"), null));
        assertEquals(Set.of("statements/write"), clients.authenticate(basic("k3", issued.secret())).orElseThrow().scopes());
        admin.changeScopes("k3", scopes("statements/read/mine", "define"));
        assertEquals(Set.of("statements/read/mine", "define"),
                clients.authenticate(basic("k3", issued.secret())).orElseThrow().scopes());
    }

    @Test
    void disabledClientAuthenticatesAsNobodyUntilEnabled() {
        IssuedSecret issued = admin.create(new NewLrsClient("k4", scopes("all"), null));
        assertTrue(clients.authenticate(basic("k4", issued.secret())).isPresent());
        assertTrue(admin.setDisabled("k4", true).disabled());
        assertTrue(clients.authenticate(basic("k4", issued.secret())).isEmpty(), "the cached check is forgotten");
        assertFalse(admin.setDisabled("k4", false).disabled());
        assertTrue(clients.authenticate(basic("k4", issued.secret())).isPresent());
    }

    @Test
    void rotatedSecretReplacesTheOldOne() {
        IssuedSecret first = admin.create(new NewLrsClient("k5", scopes("all"), null));
        assertTrue(clients.authenticate(basic("k5", first.secret())).isPresent());
        IssuedSecret second = admin.rotateSecret("k5");
        assertNotEquals(first.secret(), second.secret());
        assertTrue(clients.authenticate(basic("k5", first.secret())).isEmpty());
        assertTrue(clients.authenticate(basic("k5", second.secret())).isPresent());
        assertEquals(Set.of("all"), clients.authenticate(basic("k5", second.secret())).orElseThrow().scopes());
    }

    @Test
    void deletedClientIsGone() {
        IssuedSecret issued = admin.create(new NewLrsClient("k6", scopes("all"), null));
        assertTrue(clients.authenticate(basic("k6", issued.secret())).isPresent());
        admin.delete("k6");
        assertTrue(clients.authenticate(basic("k6", issued.secret())).isEmpty());
        assertTrue(admin.list().isEmpty());
    }

    @Test
    void unknownKeyIsNotFoundForEveryOperation() {
        assertCode(404, LrsClientProblem.NOT_FOUND, () -> admin.get("nope"));
        assertCode(404, LrsClientProblem.NOT_FOUND, () -> admin.changeScopes("nope", scopes("all")));
        assertCode(404, LrsClientProblem.NOT_FOUND, () -> admin.setDisabled("nope", true));
        assertCode(404, LrsClientProblem.NOT_FOUND, () -> admin.rotateSecret("nope"));
        assertCode(404, LrsClientProblem.NOT_FOUND, () -> admin.delete("nope"));
    }

    @Test
    void listingNeverCarriesSecretMaterial() {
        admin.create(new NewLrsClient("k7", scopes("state", "profile"), TENANT));
        JsonObject listed = JSON.createReader(new StringReader(
                LrsClientAdminResource.json(admin.list().get(0)).build().toString())).readObject();
        assertEquals(Set.of("key", "scopes", "tenant", "disabled", "created_at", "updated_at"), listed.keySet());
        assertEquals("[\"profile\",\"state\"]", listed.getJsonArray("scopes").toString());
        assertEquals(TENANT.toString(), listed.getString("tenant"));
    }

    static ClientScopes scopes(String... names) {
        return ClientScopes.of(java.util.List.of(names));
    }

    static void assertCode(int status, String code, Executable call) {
        LrsClientProblem problem = assertThrows(LrsClientProblem.class, call);
        assertEquals(code, problem.code());
        assertEquals(status, problem.status());
    }

    private static String basic(String key, String secret) {
        return "Basic " + Base64.getEncoder().encodeToString((key + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
