package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.XapiVersion;

/**
 * The entry point: checks one statement against xAPI 1.0.3 Part 2 §2.2 (no unknown properties) and §2.4 (each
 * property), delegating each object kind to its validator. A voiding statement's object must be a StatementRef
 * (§2.3.2).
 */
public final class StatementValidator {
    private static final Set<String> KEYS = Set.of("id", "actor", "verb", "object", "result", "context", "timestamp",
            "stored", "authority", "version", "attachments");

    private StatementValidator() {
    }

    /** Validates a 1.0.x statement and returns it, throwing {@link InvalidStatement} on the first broken rule. */
    public static JsonObject validate(JsonValue value) {
        return validate(value, XapiVersion.V1_0_3);
    }

    /** Validates under the rules of the request's xAPI version (2.0: IEEE 9274.1.1 differences). */
    public static JsonObject validate(JsonValue value, XapiVersion version) {
        JsonObject statement = JsonShapes.object(value, "$");
        JsonShapes.onlyKeys(statement, "$", KEYS);
        JsonShapes.ifPresent(statement, "id", "$", JsonShapes::uuid);
        body(statement, "$", true, version);
        JsonShapes.ifPresent(statement, "stored", "$", (v, p) -> TimeFormats.timestamp(v, p, version));
        JsonShapes.ifPresent(statement, "authority", "$", AgentValidator::authority);
        JsonShapes.ifPresent(statement, "version", "$", (v, p) -> version(v, p, version));
        return statement;
    }

    /** Checks an Agent or Group on its own, e.g. the {@code agent} query parameter (Part 3 §2.1.3). */
    public static void validateActor(JsonValue value, String path) {
        AgentValidator.agentOrGroup(value, path);
    }

    /** The properties a statement shares with a SubStatement. */
    static void body(JsonObject statement, String path, boolean topLevel, XapiVersion version) {
        AgentValidator.agentOrGroup(JsonShapes.required(statement, "actor", path), path + ".actor");
        VerbValidator.verb(JsonShapes.required(statement, "verb", path), path + ".verb");
        JsonObject object = JsonShapes.object(JsonShapes.required(statement, "object", path), path + ".object");
        ObjectValidator.object(object, path + ".object", topLevel, version);
        if (Xapi.VERB_VOIDED.equals(statement.getJsonObject("verb").getString("id"))
                && !"StatementRef".equals(object.getString("objectType", ""))) {
            throw new InvalidStatement(path + ".object", Rule.VOIDING_OBJECT,
                    "a voiding statement's object must be a StatementRef");
        }
        boolean activity = "Activity".equals(object.getString("objectType", "Activity"));
        JsonShapes.ifPresent(statement, "result", path, ResultValidator::result);
        JsonShapes.ifPresent(statement, "context", path, (v, p) -> ContextValidator.context(v, p, activity, version));
        JsonShapes.ifPresent(statement, "timestamp", path, (v, p) -> TimeFormats.timestamp(v, p, version));
        JsonShapes.ifPresent(statement, "attachments", path, AttachmentValidator::attachments);
    }

    /** Part 2 §2.4.10: any 1.0.x version; a 2.0 request may also carry 2.0.x statements. */
    private static void version(JsonValue value, String path, XapiVersion request) {
        String given = JsonShapes.string(value, path);
        if (!XapiVersion.V1_0_3.accepts(given) && !(request.isTwoPointZero() && request.accepts(given))) {
            throw new InvalidStatement(path, Rule.VERSION, request.isTwoPointZero() ? "must be 1.0.x or 2.0.x" : "must be 1.0.x");
        }
    }
}
