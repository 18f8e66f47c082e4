package org.enhancedpractice.xapi.activity;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.Set;

/**
 * How a new Activity definition changes the canonical one (xAPI 1.0.3 Part 2 §2.4.4.1 "LRS Requirements": an LRS
 * MAY make small corrections and SHOULD NOT make significant changes). Language maps ({@code name},
 * {@code description}) and {@code extensions} are merged key by key, the newer value winning, so definitions in
 * several languages add up (Part 3 §2.5); {@code moreInfo} takes the newer value. What changes an Activity's meaning
 * ({@code type}, {@code interactionType}, {@code correctResponsesPattern} and the component lists) is kept as first
 * defined and only filled in when absent.
 */
public final class DefinitionMerge {
    private static final Set<String> MERGED_MAPS = Set.of("name", "description", "extensions");
    private static final String NEWER_WINS = "moreInfo";

    private DefinitionMerge() {
    }

    public static JsonObject merge(JsonObject canonical, JsonObject incoming) {
        if (canonical == null) {
            return incoming;
        }
        JsonObjectBuilder merged = JSON.createObjectBuilder(canonical);
        incoming.forEach((key, value) -> {
            if (MERGED_MAPS.contains(key) && canonical.get(key) instanceof JsonObject old
                    && value instanceof JsonObject fresh) {
                merged.add(key, JSON.createObjectBuilder(old).addAll(JSON.createObjectBuilder(fresh)));
            } else if (NEWER_WINS.equals(key) || !canonical.containsKey(key)) {
                merged.add(key, value);
            }
        });
        return merged.build();
    }

    /** Merges several definitions in order, e.g. the spaces of every tenant for the tool-wide demo client. */
    public static JsonObject mergeAll(Iterable<JsonObject> definitions) {
        JsonObject result = null;
        for (JsonObject definition : definitions) {
            result = merge(result, definition);
        }
        return result == null ? JsonValue.EMPTY_JSON_OBJECT : result;
    }
}
