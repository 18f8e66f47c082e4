package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import org.enhancedpractice.xapi.validation.Statements;
import org.junit.jupiter.api.Test;

/** format=canonical: one language per map, chosen by Accept-Language (xAPI 1.0.3 Part 3 §2.1.3, RFC 4647). */
class CanonicalFormatTest {
    private static final JsonObject STATEMENT = Statements.with("");

    private static JsonObject name(CanonicalFormat format) {
        return format.apply(STATEMENT).getJsonObject("object").getJsonObject("definition").getJsonObject("name");
    }

    @Test
    void picksThePreferredLanguageOfEachMap() {
        CanonicalFormat format = CanonicalFormat.forAcceptLanguage("ja, cy;q=0.8");
        assertEquals("{\"ja-JP\":\"退院計画\"}", name(format).toString());
        assertEquals("{\"cy\":\"cwblhawyd\"}", format.apply(STATEMENT).getJsonObject("verb").getJsonObject("display").toString());
    }

    @Test
    void respectsQualityValues() {
        assertEquals("zh-Hant-TW", name(CanonicalFormat.forAcceptLanguage("en;q=0.2, zh-Hant;q=0.9")).keySet().iterator().next());
    }

    @Test
    void fallsBackToFirstEntryWithoutMatchOrHeader() {
        assertEquals("en", name(CanonicalFormat.forAcceptLanguage("fr-CA")).keySet().iterator().next());
        assertEquals(1, name(CanonicalFormat.forAcceptLanguage(null)).size());
        assertEquals(1, name(CanonicalFormat.forAcceptLanguage("%%%")).size());
    }

    @Test
    void leavesAgentsAlone() {
        CanonicalFormat format = CanonicalFormat.forAcceptLanguage("ja");
        assertEquals(STATEMENT.getJsonObject("actor"), format.apply(STATEMENT).getJsonObject("actor"));
    }
}
