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
        JsonObject statement = JsonShapes.object(value, "$");
        JsonShapes.onlyKeys(statement, "$", KEYS);
        JsonShapes.ifPresent(statement, "id", "$", JsonShapes::uuid);
        body(statement, "$", true);
        JsonShapes.ifPresent(statement, "stored", "$", TimeFormats::timestamp);
        JsonShapes.ifPresent(statement, "authority", "$", AgentValidator::agentOrGroup);
        JsonShapes.ifPresent(statement, "version", "$", StatementValidator::version);
        return statement;
    }

    /** Checks an Agent or Group on its own, e.g. the {@code agent} query parameter (Part 3 §2.1.3). */
    public static void validateActor(JsonValue value, String path) {
        AgentValidator.agentOrGroup(value, path);
    }

    /** The properties a statement shares with a SubStatement. */
    static void body(JsonObject statement, String path, boolean topLevel) {
        AgentValidator.agentOrGroup(JsonShapes.required(statement, "actor", path), path + ".actor");
        VerbValidator.verb(JsonShapes.required(statement, "verb", path), path + ".verb");
        JsonObject object = JsonShapes.object(JsonShapes.required(statement, "object", path), path + ".object");
        ObjectValidator.object(object, path + ".object", topLevel);
        if (Xapi.VERB_VOIDED.equals(statement.getJsonObject("verb").getString("id"))
                && !"StatementRef".equals(object.getString("objectType", ""))) {
            throw new InvalidStatement(path + ".object", Rule.VOIDING_OBJECT,
                    "a voiding statement's object must be a StatementRef");
        }
        boolean activity = "Activity".equals(object.getString("objectType", "Activity"));
        JsonShapes.ifPresent(statement, "result", path, ResultValidator::result);
        JsonShapes.ifPresent(statement, "context", path, (v, p) -> ContextValidator.context(v, p, activity));
        JsonShapes.ifPresent(statement, "timestamp", path, TimeFormats::timestamp);
        JsonShapes.ifPresent(statement, "attachments", path, AttachmentValidator::attachments);
    }

    private static void version(JsonValue value, String path) {
        if (!VERSION.matcher(JsonShapes.string(value, path)).matches()) {
            throw new InvalidStatement(path, Rule.VERSION, "must be 1.0.x");
        }
    }
}
