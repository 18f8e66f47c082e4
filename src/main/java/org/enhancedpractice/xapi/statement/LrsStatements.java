package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.activity.ActivityDefinitions;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.persistence.StatementRow;
import org.enhancedpractice.xapi.validation.StatementValidator;

/**
 * The Statement resource's rules (xAPI 1.0.3 Part 3 §2.1): a batch is validated whole and stored in one
 * transaction; an id already stored with an equal statement is accepted without change, with a different one 409
 * (§2.1.1, §2.1.2); ids repeated inside a batch are refused; a statement may not void a voiding statement
 * (Part 2 §2.3.2). Launch-scoped credentials and statement policies are checked before anything is stored
 * ({@link StatementAccess}); clients with the define scope update the canonical Activity definitions.
 */
@ApplicationScoped
public class LrsStatements {
    /** Where client authorities live: homePage of the authority account (Part 2 §2.4.9). */
    static final String AUTHORITY_PATH = "/xapi/clients";

    @Inject StatementStore store;
    @Inject StatementAccess access;
    @Inject ActivityDefinitions definitions;
    @Inject ToolSettings settings;

    /** PUT with statementId: the id parameter wins only if the body has none or the same one. */
    @Transactional
    public void put(UUID id, JsonValue body, LrsClient client) {
        JsonObject statement = StatementValidator.validate(body);
        if (statement.containsKey("id") && !UUID.fromString(statement.getString("id")).equals(id)) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "statementId differs from the statement's id");
        }
        storeAll(List.of(JSON.createObjectBuilder(statement).add("id", id.toString()).build()), client);
    }

    /** POST: one statement or an array, all or nothing; returns the ids in order. */
    @Transactional
    public List<UUID> post(List<JsonValue> bodies, LrsClient client) {
        List<JsonObject> statements = new ArrayList<>();
        for (JsonValue body : bodies) {
            statements.add(StatementValidator.validate(body));
        }
        return storeAll(statements, client);
    }

    private List<UUID> storeAll(List<JsonObject> statements, LrsClient client) {
        Map<UUID, JsonObject> batch = withIds(statements);
        access.checkWrite(client, batch.values());
        JsonObject authority = authority(client);
        Instant now = store.now();
        List<UUID> ids = new ArrayList<>();
        for (var entry : batch.entrySet()) {
            checkVoiding(entry.getValue(), batch);
            Optional<StatementRow> existing = store.row(entry.getKey());
            if (existing.isPresent()) {
                requireSame(StatementStore.parse(existing.get().json()), entry.getValue());
            } else {
                store.persist(client.tenantId(), entry.getValue(), authority, now);
                learnDefinitions(client, entry.getValue());
            }
            ids.add(entry.getKey());
        }
        return ids;
    }

    private static Map<UUID, JsonObject> withIds(List<JsonObject> statements) {
        Map<UUID, JsonObject> batch = new LinkedHashMap<>();
        for (JsonObject statement : statements) {
            UUID id = statement.containsKey("id") ? UUID.fromString(statement.getString("id")) : UUID.randomUUID();
            if (batch.put(id, JSON.createObjectBuilder(statement).add("id", id.toString()).build()) != null) {
                throw LrsProblem.badRequest(LrsProblem.DUPLICATE_ID, "The batch holds statement id " + id + " twice");
            }
        }
        return batch;
    }

    private void checkVoiding(JsonObject statement, Map<UUID, JsonObject> batch) {
        if (!isVoiding(statement)) {
            return;
        }
        UUID target = UUID.fromString(statement.getJsonObject("object").getString("id"));
        JsonObject targetStatement = batch.containsKey(target) ? batch.get(target)
                : store.row(target).map(row -> StatementStore.parse(row.json())).orElse(null);
        if (targetStatement != null && isVoiding(targetStatement)) {
            throw LrsProblem.badRequest(LrsProblem.VOIDS_VOIDING, "Statement " + target + " is itself a voiding statement");
        }
    }

    static boolean isVoiding(JsonObject statement) {
        return Xapi.VERB_VOIDED.equals(statement.getJsonObject("verb").getString("id"))
                && "StatementRef".equals(statement.getJsonObject("object").getString("objectType", ""));
    }

    /** Statement comparison ignores what the LRS sets (Part 2 §2.4.8–2.4.10) and an LRS-filled timestamp. */
    private static void requireSame(JsonObject stored, JsonObject incoming) {
        JsonObject a = comparable(stored, incoming.containsKey("timestamp"));
        JsonObject b = comparable(StatementCompletion.normalise(incoming), incoming.containsKey("timestamp"));
        if (!Objects.equals(a, b)) {
            throw new LrsProblem(409, LrsProblem.CONFLICT,
                    "A different statement with id " + incoming.getString("id") + " is already stored");
        }
    }

    private static JsonObject comparable(JsonObject statement, boolean keepTimestamp) {
        var builder = JSON.createObjectBuilder(statement).remove("stored").remove("authority").remove("version");
        return (keepTimestamp ? builder : builder.remove("timestamp")).build();
    }

    private JsonObject authority(LrsClient client) {
        return access.authority(client);
    }

    /** Part 3 §4.2 "define": without it the statement is stored but the canonical definitions stay as they are. */
    private void learnDefinitions(LrsClient client, JsonObject statement) {
        if (client.may(LrsClient.SCOPE_DEFINE)) {
            definitions.learn(client.tenantId(), statement);
        }
    }
}
