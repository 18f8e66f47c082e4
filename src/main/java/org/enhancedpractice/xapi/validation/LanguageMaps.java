package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.regex.Pattern;

/** Language maps: keys are RFC 5646 language tags, values strings (xAPI 1.0.3 Part 2 §5.2.1, Part 4 §4.3). */
public final class LanguageMaps {
    private static final String ALNUM = "[A-Za-z0-9]";
    private static final Pattern TAG = Pattern.compile("^(?:"
            + "(?:[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}|[A-Za-z]{4,8})"      // language + extlang
            + "(?:-[A-Za-z]{4})?"                                       // script
            + "(?:-(?:[A-Za-z]{2}|[0-9]{3}))?"                          // region
            + "(?:-(?:" + ALNUM + "{5,8}|[0-9]" + ALNUM + "{3}))*"      // variants
            + "(?:-[0-9A-WY-Za-wy-z](?:-" + ALNUM + "{2,8})+)*"         // extensions
            + "(?:-[xX](?:-" + ALNUM + "{1,8})+)?"                      // private use
            + "|[xX](?:-" + ALNUM + "{1,8})+"                           // private use only
            + "|[iI]-[A-Za-z]{2,8})$");                                 // irregular grandfathered

    private LanguageMaps() {
    }

    public static boolean isLanguageTag(String tag) {
        return TAG.matcher(tag).matches();
    }

    static void validate(JsonValue value, String path) {
        JsonObject map = JsonShapes.object(value, path);
        for (String key : map.keySet()) {
            if (!isLanguageTag(key)) {
                throw new InvalidStatement(path + "." + key, Rule.LANGUAGE_TAG, "is not an RFC 5646 language tag");
            }
            JsonShapes.string(map.get(key), path + "." + key);
        }
    }

    static void tag(JsonValue value, String path) {
        if (!isLanguageTag(JsonShapes.string(value, path))) {
            throw new InvalidStatement(path, Rule.LANGUAGE_TAG, "is not an RFC 5646 language tag");
        }
    }
}
