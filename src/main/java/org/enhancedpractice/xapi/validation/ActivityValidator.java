package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Activities and their definitions, including interaction activities (xAPI 1.0.3 Part 2 §2.4.4.1 and the
 * interaction tables of §2.4.4.1.1): component lists are allowed only for the interaction types that define them,
 * and component ids are unique within a list.
 */
final class ActivityValidator {
    private static final Set<String> ACTIVITY_KEYS = Set.of("objectType", "id", "definition");
    private static final Set<String> DEFINITION_KEYS = Set.of("name", "description", "type", "moreInfo", "extensions",
            "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target", "steps");
    private static final Set<String> COMPONENT_KEYS = Set.of("id", "description");
    private static final Set<String> INTERACTION_TYPES = Set.of("true-false", "choice", "fill-in", "long-fill-in",
            "matching", "performance", "sequencing", "likert", "numeric", "other");
    /** Which interaction type may carry which component list. */
    private static final Map<String, Set<String>> COMPONENT_LISTS = Map.of("choices", Set.of("choice", "sequencing"),
            "scale", Set.of("likert"), "source", Set.of("matching"), "target", Set.of("matching"),
            "steps", Set.of("performance"));

    private ActivityValidator() {
    }

    static void activity(JsonValue value, String path) {
        JsonObject activity = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(activity, path, ACTIVITY_KEYS);
        JsonValue type = activity.get("objectType");
        if (type != null && !"Activity".equals(JsonShapes.string(type, path + ".objectType"))) {
            throw new InvalidStatement(path + ".objectType", Rule.OBJECT_TYPE, "must be \"Activity\"");
        }
        JsonShapes.iri(JsonShapes.required(activity, "id", path), path + ".id");
        JsonShapes.ifPresent(activity, "definition", path, ActivityValidator::definition);
    }

    static void definition(JsonValue value, String path) {
        JsonObject definition = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(definition, path, DEFINITION_KEYS);
        JsonShapes.ifPresent(definition, "name", path, LanguageMaps::validate);
        JsonShapes.ifPresent(definition, "description", path, LanguageMaps::validate);
        JsonShapes.ifPresent(definition, "type", path, JsonShapes::iri);
        JsonShapes.ifPresent(definition, "moreInfo", path, JsonShapes::iri);
        JsonShapes.ifPresent(definition, "extensions", path, JsonShapes::extensions);
        interaction(definition, path);
    }

    private static void interaction(JsonObject definition, String path) {
        JsonValue typeValue = definition.get("interactionType");
        String type = typeValue == null ? null : JsonShapes.string(typeValue, path + ".interactionType");
        if (type != null && !INTERACTION_TYPES.contains(type)) {
            throw new InvalidStatement(path + ".interactionType", Rule.INTERACTION_TYPE,
                    "must be one of " + INTERACTION_TYPES);
        }
        if (definition.containsKey("correctResponsesPattern")) {
            requireType(type, path + ".correctResponsesPattern");
            JsonArray patterns = JsonShapes.array(definition.get("correctResponsesPattern"), path + ".correctResponsesPattern");
            for (int i = 0; i < patterns.size(); i++) {
                JsonShapes.string(patterns.get(i), path + ".correctResponsesPattern[" + i + "]");
            }
        }
        for (var list : COMPONENT_LISTS.entrySet()) {
            if (definition.containsKey(list.getKey())) {
                String listPath = path + "." + list.getKey();
                requireType(type, listPath);
                if (!list.getValue().contains(type)) {
                    throw new InvalidStatement(listPath, Rule.INTERACTION_COMPONENT,
                            "is not defined for interactionType " + type);
                }
                components(definition.get(list.getKey()), listPath);
            }
        }
    }

    private static void requireType(String type, String path) {
        if (type == null) {
            throw new InvalidStatement(path, Rule.INTERACTION_TYPE, "needs an interactionType");
        }
    }

    private static void components(JsonValue value, String path) {
        JsonArray components = JsonShapes.array(value, path);
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < components.size(); i++) {
            String at = path + "[" + i + "]";
            JsonObject component = JsonShapes.object(components.get(i), at);
            JsonShapes.onlyKeys(component, at, COMPONENT_KEYS);
            if (!ids.add(JsonShapes.string(JsonShapes.required(component, "id", at), at + ".id"))) {
                throw new InvalidStatement(at + ".id", Rule.DUPLICATE_COMPONENT_ID, "repeats an id in this list");
            }
            JsonShapes.ifPresent(component, "description", at, LanguageMaps::validate);
        }
    }
}
