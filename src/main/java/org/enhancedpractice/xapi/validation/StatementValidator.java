package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.regex.Pattern;
import org.enhancedpractice.xapi.Xapi;

/**
 * The entry point: checks one statement against xAPI 1.0.3 Part 2 §2.2 (no unknown properties) and §2.4 (each
 * property), delegating each object kind to its validator. A voiding statement's object must be a StatementRef
 * (§2.3.2).
 */
public final class StatementValidator {
    private static final Set<String> KEYS = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");
    /** Part 2 §2.4.10: the LRS accepts statements of any 1.0.x version. */
    private static final Pattern VERSION = Pattern.compile("^1\\.0(\\.\\d+)?$");

    private StatementValidator() {
    }

    /** Validates and returns the statement, throwing {@link InvalidStatement} on the first broken rule. */
    public static JsonObject validate(JsonValue value) {
        JsonObject statement = Json.object(value, "$");
        Json.onlyKeys(statement, "$", KEYS);
        Json.ifPresent(statement, "id", "$", Json::uuid);
        body(statement, "$", true);
        Json.ifPresent(statement, "stored", "$", TimeFormats::timestamp);
        Json.ifPresent(statement, "authority", "$", AgentValidator::agentOrGroup);
        Json.ifPresent(statement, "version", "$", StatementValidator::version);
        return statement;
    }

    /** The properties a statement shares with a SubStatement. */
    static void body(JsonObject statement, String path, boolean topLevel) {
        AgentValidator.agentOrGroup(Json.required(statement, "actor", path), path + ".actor");
        VerbValidator.verb(Json.required(statement, "verb", path), path + ".verb");
        JsonObject object = Json.object(Json.required(statement, "object", path), path + ".object");
        ObjectValidator.object(object, path + ".object", topLevel);
        if (Xapi.VERB_VOIDED.equals(statement.getJsonObject("verb").getString("id"))
                && !"StatementRef".equals(object.getString("objectType", ""))) {
            throw new InvalidStatement(path + ".object", Rule.VOIDING_OBJECT,
                    "a voiding statement's object must be a StatementRef");
        }
        boolean activity = "Activity".equals(object.getString("objectType", "Activity"));
        Json.ifPresent(statement, "result", path, ResultValidator::result);
        Json.ifPresent(statement, "context", path, (v, p) -> ContextValidator.context(v, p, activity));
        Json.ifPresent(statement, "timestamp", path, TimeFormats::timestamp);
        Json.ifPresent(statement, "attachments", path, AttachmentValidator::attachments);
    }

    private static void version(JsonValue value, String path) {
        if (!VERSION.matcher(Json.string(value, path)).matches()) {
            throw new InvalidStatement(path, Rule.VERSION, "must be 1.0.x");
        }
    }
}
