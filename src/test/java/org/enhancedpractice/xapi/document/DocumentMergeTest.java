package org.enhancedpractice.xapi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** The POST merge of xAPI 1.0.3 Part 3 §2.2 "JSON Procedure with Requirements". */
class DocumentMergeTest {
    @Test
    void replacesTopLevelPropertiesOnly() {
        byte[] merged = DocumentMerge.merge(stored("application/json", "{\"x\":\"foo\",\"y\":{\"a\":1,\"b\":2}}"),
                "application/json; charset=utf-8", bytes("{\"x\":\"bash\",\"y\":{\"a\":3},\"z\":\"faz\"}"));
        assertEquals(Json.createReader(new StringReader("{\"x\":\"bash\",\"y\":{\"a\":3},\"z\":\"faz\"}")).readObject(),
                Json.createReader(new StringReader(new String(merged, StandardCharsets.UTF_8))).readObject());
    }

    @Test
    void refusesPostedDocumentThatIsNotJsonTyped() {
        assertNotMergeable(stored("application/json", "{}"), "text/plain", "{}");
    }

    @Test
    void refusesStoredDocumentThatIsNotJsonTyped() {
        assertNotMergeable(stored("application/octet-stream", "{}"), "application/json", "{}");
    }

    @Test
    void refusesJsonThatIsNotAnObject() {
        assertNotMergeable(stored("application/json", "{}"), "application/json", "[1,2]");
        assertNotMergeable(stored("application/json", "[]"), "application/json", "{}");
    }

    @Test
    void refusesBrokenJson() {
        assertNotMergeable(stored("application/json", "{}"), "application/json", "{\"a\":1}{");
    }

    @Test
    void recognisesJsonWhateverItsParameters() {
        assertTrue(DocumentMerge.isJsonType("Application/JSON; charset=UTF-8"));
        assertFalse(DocumentMerge.isJsonType("application/json-patch+json"));
        assertFalse(DocumentMerge.isJsonType(null));
    }

    @Test
    void etagIsLowercaseSha1OfTheContent() {
        assertEquals("a9993e364706816aba3e25717850c26c9cd0d89d", ETags.of(bytes("abc")));
    }

    private static void assertNotMergeable(StoredDocument existing, String type, String posted) {
        LrsProblem problem = assertThrows(LrsProblem.class, () -> DocumentMerge.merge(existing, type, bytes(posted)));
        assertEquals(400, problem.status());
        assertEquals(LrsProblem.NOT_MERGEABLE, problem.code());
    }

    static StoredDocument stored(String type, String content) {
        return new StoredDocument(type, bytes(content), ETags.of(bytes(content)), Instant.EPOCH);
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
