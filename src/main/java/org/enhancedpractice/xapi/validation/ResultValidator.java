package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** Results and scores (xAPI 1.0.3 Part 2 §2.4.5): scaled in −1..1, min ≤ raw ≤ max, min < max, ISO duration. */
final class ResultValidator {
    private static final Set<String> RESULT_KEYS = Set.of("score", "success", "completion", "response", "duration",
            "extensions");
    private static final Set<String> SCORE_KEYS = Set.of("scaled", "raw", "min", "max");

    private ResultValidator() {
    }

    static void result(JsonValue value, String path) {
        JsonObject result = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(result, path, RESULT_KEYS);
        JsonShapes.ifPresent(result, "score", path, ResultValidator::score);
        JsonShapes.ifPresent(result, "success", path, (v, p) -> JsonShapes.bool(v, p));
        JsonShapes.ifPresent(result, "completion", path, (v, p) -> JsonShapes.bool(v, p));
        JsonShapes.ifPresent(result, "response", path, JsonShapes::string);
        JsonShapes.ifPresent(result, "duration", path, TimeFormats::duration);
        JsonShapes.ifPresent(result, "extensions", path, JsonShapes::extensions);
    }

    private static void score(JsonValue value, String path) {
        JsonObject score = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(score, path, SCORE_KEYS);
        if (score.containsKey("scaled")) {
            double scaled = JsonShapes.number(score.get("scaled"), path + ".scaled");
            if (scaled < -1 || scaled > 1) {
                throw new InvalidStatement(path + ".scaled", Rule.SCORE_SCALED_RANGE, "must be between -1 and 1");
            }
        }
        Double min = optional(score, "min", path);
        Double max = optional(score, "max", path);
        Double raw = optional(score, "raw", path);
        if (min != null && max != null && min >= max) {
            throw new InvalidStatement(path + ".min", Rule.SCORE_MIN_MAX, "must be less than max");
        }
        if (raw != null && (min != null && raw < min || max != null && raw > max)) {
            throw new InvalidStatement(path + ".raw", Rule.SCORE_RAW_RANGE, "must lie between min and max");
        }
    }

    private static Double optional(JsonObject score, String key, String path) {
        return score.containsKey(key) ? JsonShapes.number(score.get(key), path + "." + key) : null;
    }
}
