package org.enhancedpractice.xapi.attachment;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * Matches raw attachment data to attachment objects by SHA-2 and nothing else (xAPI 1.0.3 Part 3 §1.5.2): every part
 * must carry the SHA-2 of its own data and be declared by some attachment object of the batch; every attachment
 * object without a fileUrl needs a part. A JSON request (no parts) therefore needs a fileUrl on every attachment.
 */
public final class AttachmentMatching {
    private AttachmentMatching() {
    }

    /** The parts by SHA-2, after checking them against the statements' attachment objects. */
    public static Map<String, AttachmentContent> check(List<JsonObject> statements, List<AttachmentContent> parts,
            boolean multipart) {
        List<JsonObject> declared = new ArrayList<>();
        statements.forEach(statement -> declared.addAll(declaredBy(statement)));
        Map<String, AttachmentContent> bySha2 = new LinkedHashMap<>();
        for (AttachmentContent part : parts) {
            if (!part.hashMatches()) {
                throw LrsProblem.badRequest(LrsProblem.ATTACHMENT_HASH,
                        "the data of the part with X-Experience-API-Hash " + part.sha2() + " has a different SHA-2");
            }
            if (declared.stream().noneMatch(attachment -> sha2(attachment).equals(part.sha2()))) {
                throw LrsProblem.badRequest(LrsProblem.ATTACHMENT_UNMATCHED,
                        "no attachment object declares the part with SHA-2 " + part.sha2());
            }
            bySha2.putIfAbsent(part.sha2(), part);
        }
        for (JsonObject attachment : declared) {
            if (!attachment.containsKey("fileUrl") && !bySha2.containsKey(sha2(attachment))) {
                throw LrsProblem.badRequest(LrsProblem.ATTACHMENT_MISSING, multipart
                        ? "the attachment with SHA-2 " + sha2(attachment) + " has neither a fileUrl nor a part"
                        : "an application/json request needs a fileUrl on every attachment (send the data as multipart/mixed)");
            }
        }
        return bySha2;
    }

    /** The attachment objects of a statement and of its SubStatement (Part 2 §2.4.11). */
    public static List<JsonObject> declaredBy(JsonObject statement) {
        List<JsonObject> found = new ArrayList<>();
        if (statement.get("attachments") instanceof JsonArray list) {
            for (JsonValue value : list) {
                found.add(value.asJsonObject());
            }
        }
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", ""))) {
            found.addAll(declaredBy(object));
        }
        return found;
    }

    /** The declared SHA-2 in lower case. */
    public static String sha2(JsonObject attachment) {
        return attachment.getString("sha2").toLowerCase(Locale.ROOT);
    }
}
