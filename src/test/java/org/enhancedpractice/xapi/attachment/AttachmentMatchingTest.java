package org.enhancedpractice.xapi.attachment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.validation.Statements;
import org.junit.jupiter.api.Test;

/** SHA-2 matching of attachment parts to attachment objects (xAPI 1.0.3 Part 3 §1.5.2), one refusal per rule. */
class AttachmentMatchingTest {
    private static final AttachmentContent REFLECTION = AttachmentContent.sha256("text/plain; charset=utf-8",
            "Reflective account: Ich habe gelernt… 反省".getBytes(StandardCharsets.UTF_8));

    private static JsonObject declaring(AttachmentContent content, String fileUrl) {
        var attachment = Json.createObjectBuilder().add("usageType", "https://ept.example/attachments/evidence")
                .add("display", Json.createObjectBuilder().add("en-GB", "Reflection")).add("contentType", content.contentType())
                .add("length", content.content().length).add("sha2", content.sha2().toUpperCase());
        if (fileUrl != null) {
            attachment.add("fileUrl", fileUrl);
        }
        return Json.createObjectBuilder(Statements.with("")).add("attachments", Json.createArrayBuilder().add(attachment))
                .build();
    }

    private static String code(Runnable call) {
        return assertThrows(LrsProblem.class, call::run).code();
    }

    @Test
    void matchesPartByDeclaredSha2IgnoringHexCase() {
        Map<String, AttachmentContent> matched = AttachmentMatching.check(List.of(declaring(REFLECTION, null)),
                List.of(REFLECTION), true);
        assertEquals(REFLECTION, matched.get(REFLECTION.sha2()));
    }

    @Test
    void oneCopyServesTwoStatements() {
        JsonObject first = declaring(REFLECTION, null);
        assertEquals(1, AttachmentMatching.check(List.of(first, first), List.of(REFLECTION), true).size());
    }

    @Test
    void rejectsPartWhoseDataHasAnotherHash() {
        AttachmentContent lying = new AttachmentContent(REFLECTION.sha2(), "text/plain", "tampered".getBytes());
        assertEquals(LrsProblem.ATTACHMENT_HASH,
                code(() -> AttachmentMatching.check(List.of(declaring(REFLECTION, null)), List.of(lying), true)));
    }

    @Test
    void rejectsPartNoAttachmentDeclares() {
        AttachmentContent stray = AttachmentContent.sha256("text/plain", "stray".getBytes());
        assertEquals(LrsProblem.ATTACHMENT_UNMATCHED, code(() -> AttachmentMatching.check(
                List.of(declaring(REFLECTION, null)), List.of(REFLECTION, stray), true)));
    }

    @Test
    void rejectsAttachmentWithoutPartOrFileUrl() {
        assertEquals(LrsProblem.ATTACHMENT_MISSING,
                code(() -> AttachmentMatching.check(List.of(declaring(REFLECTION, null)), List.of(), true)));
    }

    @Test
    void jsonRequestNeedsFileUrlOnEveryAttachment() {
        assertEquals(LrsProblem.ATTACHMENT_MISSING,
                code(() -> AttachmentMatching.check(List.of(declaring(REFLECTION, null)), List.of(), false)));
        assertTrue(AttachmentMatching.check(List.of(declaring(REFLECTION, "https://files.example/r.txt")), List.of(),
                false).isEmpty());
    }

    @Test
    void acceptsSha384AndSha512AndRefusesUnknownLengths() {
        byte[] data = "x".getBytes();
        assertTrue(new AttachmentContent(AttachmentContent.Sha2.hex("SHA-384", data), null, data).hashMatches());
        assertTrue(new AttachmentContent(AttachmentContent.Sha2.hex("SHA-512", data), null, data).hashMatches());
        assertFalse(new AttachmentContent("abc", null, data).hashMatches());
    }

    @Test
    void subStatementAttachmentsCount() {
        JsonObject sub = declaring(REFLECTION, null);
        JsonObject outer = Json.createObjectBuilder(Statements.with("")).add("object", Json.createObjectBuilder(sub)
                .add("objectType", "SubStatement")).build();
        assertEquals(1, AttachmentMatching.declaredBy(outer).size());
    }
}
