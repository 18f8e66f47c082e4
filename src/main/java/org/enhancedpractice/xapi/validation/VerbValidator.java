package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** Verbs: an IRI id and an optional display language map (xAPI 1.0.3 Part 2 §2.4.3). */
final class VerbValidator {
    private static final Set<String> KEYS = Set.of("id", "display");

    private VerbValidator() {
    }

    static void verb(JsonValue value, String path) {
        JsonObject verb = Json.object(value, path);
        Json.onlyKeys(verb, path, KEYS);
        Json.iri(Json.required(verb, "id", path), path + ".id");
        Json.ifPresent(verb, "display", path, LanguageMaps::validate);
    }
}
