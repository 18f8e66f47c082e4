package org.enhancedpractice.content.pkg;

import java.util.LinkedHashMap;
import java.util.Map;

/** A cmi5 {@code textType} (langstrings by language tag), in document order. */
public record LanguageMap(Map<String, String> values) {
    public LanguageMap {
        values = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    public static LanguageMap of(String language, String text) {
        return new LanguageMap(Map.of(language, text));
    }

    /** British English first, then any English, then the first given. */
    public String best() {
        for (String preferred : new String[] {"en-GB", "en"}) {
            if (values.containsKey(preferred)) {
                return values.get(preferred);
            }
        }
        return values.entrySet().stream().filter(e -> e.getKey().startsWith("en")).map(Map.Entry::getValue)
                .findFirst().orElse(values.values().stream().findFirst().orElse(""));
    }
}
