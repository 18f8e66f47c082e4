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
        JsonObject verb = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(verb, path, KEYS);
        JsonShapes.iri(JsonShapes.required(verb, "id", path), path + ".id");
        JsonShapes.ifPresent(verb, "display", path, LanguageMaps::validate);
    }
}
