package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code format=canonical} (xAPI 1.0.3 Part 3 §2.1.3, "Language Filtering Requirements for Canonical Format
 * Statements"): each language map of an Activity definition (name, description, interaction components) and of a
 * Verb's display keeps one entry, chosen per map by the request's Accept-Language (RFC 4647 filtering in the
 * client's order of preference); with no match the map keeps its first entry. Agents and Groups stay as stored.
 */
public final class CanonicalFormat {
    private static final String[] COMPONENT_LISTS = {"choices", "scale", "source", "target", "steps"};

    private final List<Locale.LanguageRange> ranges;

    private CanonicalFormat(List<Locale.LanguageRange> ranges) {
        this.ranges = ranges;
    }

    /** The format for an Accept-Language header value ({@code null} or malformed: no preference). */
    public static CanonicalFormat forAcceptLanguage(String header) {
        try {
            return new CanonicalFormat(header == null || header.isBlank() ? List.of() : Locale.LanguageRange.parse(header));
        } catch (IllegalArgumentException e) {
            return new CanonicalFormat(List.of());
        }
    }

    public JsonObject apply(JsonObject statement) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(statement);
        if (statement.get("verb") instanceof JsonObject verb && verb.get("display") instanceof JsonObject display) {
            builder.add("verb", JSON.createObjectBuilder(verb).add("display", pick(display)));
        }
        if (statement.get("object") instanceof JsonObject object) {
            builder.add("object", object(object));
        }
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject groups) {
            JsonObjectBuilder lists = JSON.createObjectBuilder();
            groups.forEach((key, list) -> lists.add(key, activities(list)));
            builder.add("context", JSON.createObjectBuilder(context).add("contextActivities", lists));
        }
        return builder.build();
    }

    private JsonObject object(JsonObject object) {
        return switch (object.getString("objectType", "Activity")) {
            case "Activity" -> activity(object);
            case "SubStatement" -> apply(object);
            default -> object;
        };
    }

    private JsonValue activities(JsonValue list) {
        if (!(list instanceof JsonArray array)) {
            return list instanceof JsonObject activity ? activity(activity) : list;
        }
        JsonArrayBuilder out = JSON.createArrayBuilder();
        array.forEach(item -> out.add(item instanceof JsonObject activity ? activity(activity) : item));
        return out.build();
    }

    private JsonObject activity(JsonObject activity) {
        if (!(activity.get("definition") instanceof JsonObject definition)) {
            return activity;
        }
        JsonObjectBuilder picked = JSON.createObjectBuilder(definition);
        for (String map : new String[] {"name", "description"}) {
            if (definition.get(map) instanceof JsonObject languages) {
                picked.add(map, pick(languages));
            }
        }
        for (String list : COMPONENT_LISTS) {
            if (definition.get(list) instanceof JsonArray components) {
                JsonArrayBuilder out = JSON.createArrayBuilder();
                components.forEach(c -> out.add(c instanceof JsonObject component
                        && component.get("description") instanceof JsonObject d
                        ? JSON.createObjectBuilder(component).add("description", pick(d)).build() : c));
                picked.add(list, out);
            }
        }
        return JSON.createObjectBuilder(activity).add("definition", picked).build();
    }

    /** One entry of a language map: the first tag the client prefers, else the map's first entry. */
    JsonObject pick(JsonObject languageMap) {
        if (languageMap.size() <= 1) {
            return languageMap;
        }
        List<String> tags = new ArrayList<>(languageMap.keySet());
        List<String> preferred = ranges.isEmpty() ? List.of() : Locale.filterTags(ranges, tags);
        String chosen = preferred.isEmpty() ? tags.get(0) : original(tags, preferred.get(0));
        return JSON.createObjectBuilder().add(chosen, languageMap.get(chosen)).build();
    }

    /** filterTags answers in lower case; the map keeps its own spelling. */
    private static String original(List<String> tags, String lowerCase) {
        return tags.stream().filter(tag -> tag.equalsIgnoreCase(lowerCase)).findFirst().orElse(tags.get(0));
    }
}
