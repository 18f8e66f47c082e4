package org.enhancedpractice.xapi.validation;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** RFC 5646 language tags as xAPI 1.0.3 Part 2 §5.2.1 language-map keys. */
class LanguageMapsTest {
    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "cy", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1901", "x-private", "i-klingon", "en-US-x-twain"})
    void acceptsWellFormedTags(String tag) {
        assertTrue(LanguageMaps.isLanguageTag(tag), tag);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "en_GB", "e", "english-language-x", "en--GB", "123", "en-GB-"})
    void rejectsMalformedTags(String tag) {
        assertFalse(LanguageMaps.isLanguageTag(tag), tag);
    }
}
