package org.enhancedpractice.xapi.activity;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Canonical Activity definitions (xAPI 1.0.3 Part 2 §2.4.4.1, Part 3 §2.5). */
class DefinitionMergeTest {
    @Test
    void languageMapsAddUpAndNewerWinsPerLanguage() {
        JsonObject merged = DefinitionMerge.merge(json("{\"name\":{\"en-GB\":\"Case review\",\"cy\":\"Hen\"}}"),
                json("{\"name\":{\"cy\":\"Adolygiad achos\"},\"description\":{\"en-GB\":\"A review\"}}"));
        assertEquals(json("{\"name\":{\"en-GB\":\"Case review\",\"cy\":\"Adolygiad achos\"},"
                + "\"description\":{\"en-GB\":\"A review\"}}"), merged);
    }

    @Test
    void meaningIsKeptAsFirstDefined() {
        JsonObject merged = DefinitionMerge.merge(json("{\"type\":\"http://adlnet.gov/expapi/activities/assessment\","
                + "\"interactionType\":\"true-false\",\"correctResponsesPattern\":[\"true\"]}"),
                json("{\"type\":\"http://adlnet.gov/expapi/activities/link\",\"correctResponsesPattern\":[\"false\"],"
                        + "\"moreInfo\":\"https://ept.example/more\"}"));
        assertEquals("http://adlnet.gov/expapi/activities/assessment", merged.getString("type"));
        assertEquals("true", merged.getJsonArray("correctResponsesPattern").getString(0));
        assertEquals("https://ept.example/more", merged.getString("moreInfo"), "small corrections are taken");
    }

    @Test
    void extensionsMergeKeyByKey() {
        JsonObject merged = DefinitionMerge.merge(json("{\"extensions\":{\"https://x.example/a\":1}}"),
                json("{\"extensions\":{\"https://x.example/b\":2}}"));
        assertEquals(2, merged.getJsonObject("extensions").size());
    }

    @Test
    void collectsObjectContextAndSubStatementActivities() {
        Map<String, JsonObject> found = new LinkedHashMap<>();
        ActivityDefinitions.collect(json("{\"actor\":{\"mbox\":\"mailto:a@b.example\"},\"verb\":{\"id\":\"x:v\"},"
                + "\"object\":{\"objectType\":\"SubStatement\",\"actor\":{\"mbox\":\"mailto:a@b.example\"},"
                + "\"verb\":{\"id\":\"x:v\"},\"object\":{\"id\":\"x:inner\",\"definition\":{\"name\":{\"en\":\"I\"}}}},"
                + "\"context\":{\"contextActivities\":{\"parent\":{\"id\":\"x:parent\",\"definition\":{\"name\":"
                + "{\"en\":\"P\"}}},\"grouping\":[{\"id\":\"x:nodef\"}]}}}"), found);
        assertEquals(List.of("x:inner", "x:parent"), List.copyOf(found.keySet()));
    }

    @Test
    void mergingNothingGivesNoDefinition() {
        assertEquals(0, DefinitionMerge.mergeAll(List.of()).size());
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text)).readObject();
    }
}
