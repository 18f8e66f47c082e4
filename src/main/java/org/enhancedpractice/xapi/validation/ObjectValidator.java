package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.enhancedpractice.xapi.XapiVersion;

/**
 * A statement's object (xAPI 1.0.3 Part 2 §2.4.4): an Activity (the default), an Agent or Group, a StatementRef
 * (§2.4.4.3) or a SubStatement (§2.4.4.3), which may not nest another SubStatement nor carry id, stored, version or
 * authority.
 */
final class ObjectValidator {
    private static final Set<String> REF_KEYS = Set.of("objectType", "id");
    private static final Set<String> SUB_KEYS = Set.of("objectType", "actor", "verb", "object", "result", "context",
            "timestamp", "attachments");
    private static final Set<String> SUB_FORBIDDEN = Set.of("id", "stored", "version", "authority");

    private ObjectValidator() {
    }

    static void object(JsonValue value, String path, boolean topLevel, XapiVersion version) {
        JsonObject object = JsonShapes.object(value, path);
        JsonValue typeValue = object.get("objectType");
        String type = typeValue == null ? "Activity" : JsonShapes.string(typeValue, path + ".objectType");
        switch (type) {
            case "Activity" -> ActivityValidator.activity(object, path);
            case "Agent" -> AgentValidator.agent(object, path);
            case "Group" -> AgentValidator.group(object, path);
            case "StatementRef" -> statementRef(object, path);
            case "SubStatement" -> subStatement(object, path, topLevel, version);
            default -> throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE,
                    "must be Activity, Agent, Group, StatementRef or SubStatement");
        }
    }

    static void statementRef(JsonValue value, String path) {
        JsonObject ref = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(ref, path, REF_KEYS);
        if (!"StatementRef".equals(JsonShapes.string(JsonShapes.required(ref, "objectType", path), path + ".objectType"))) {
            throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE, "must be \"StatementRef\"");
        }
        JsonShapes.uuid(JsonShapes.required(ref, "id", path), path + ".id");
    }

    private static void subStatement(JsonObject sub, String path, boolean topLevel, XapiVersion version) {
        if (!topLevel) {
            throw new InvalidStatement(path, Rule.NESTED_SUBSTATEMENT, "a SubStatement cannot contain a SubStatement");
        }
        for (String key : sub.keySet()) {
            if (SUB_FORBIDDEN.contains(key)) {
                throw new InvalidStatement(path + "." + key, Rule.SUBSTATEMENT_PROPERTY,
                        "is not allowed in a SubStatement");
            }
        }
        JsonShapes.onlyKeys(sub, path, SUB_KEYS);
        StatementValidator.body(sub, path, false, version);
    }
}
