package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * xAPI 2.0 context agents and context groups (IEEE 9274.1.1, Context): arrays of objects with objectType
 * {@code contextAgent} (an {@code agent}) or {@code contextGroup} (a {@code group}) and optional
 * {@code relevantTypes}, a non-empty array of IRIs.
 */
final class ContextAgents {
    static final Kind AGENT = new Kind("contextAgent", "agent");
    static final Kind GROUP = new Kind("contextGroup", "group");

    /** The objectType and the property holding the Agent or Group. */
    record Kind(String objectType, String property) {
        Set<String> keys() {
            return Set.of("objectType", property, "relevantTypes");
        }
    }

    private ContextAgents() {
    }

    static void list(JsonValue value, String path, Kind kind) {
        JsonArray entries = JsonShapes.array(value, path);
        for (int i = 0; i < entries.size(); i++) {
            entry(entries.get(i), path + "[" + i + "]", kind);
        }
    }

    private static void entry(JsonValue value, String path, Kind kind) {
        JsonObject entry = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(entry, path, kind.keys());
        if (!kind.objectType().equals(JsonShapes.string(JsonShapes.required(entry, "objectType", path), path + ".objectType"))) {
            throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE, "must be \"" + kind.objectType() + "\"");
        }
        JsonValue actor = JsonShapes.required(entry, kind.property(), path);
        if (kind == GROUP) {
            AgentValidator.group(actor, path + ".group");
        } else {
            AgentValidator.agent(actor, path + ".agent");
        }
        JsonShapes.ifPresent(entry, "relevantTypes", path, ContextAgents::relevantTypes);
    }

    private static void relevantTypes(JsonValue value, String path) {
        JsonArray types = JsonShapes.array(value, path);
        if (types.isEmpty()) {
            throw new InvalidStatement(path, Rule.REQUIRED, "relevantTypes, when present, lists at least one IRI");
        }
        for (int i = 0; i < types.size(); i++) {
            JsonShapes.iri(types.get(i), path + "[" + i + "]");
        }
    }
}
