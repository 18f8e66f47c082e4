package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;

/** Attachment metadata (xAPI 1.0.3 Part 2 §2.4.11); the raw parts (multipart/mixed) come in a later slice. */
final class AttachmentValidator {
    private static final Set<String> KEYS = Set.of("usageType", "display", "description", "contentType", "length",
            "sha2", "fileUrl");

    private AttachmentValidator() {
    }

    static void attachments(JsonValue value, String path) {
        JsonArray attachments = JsonShapes.array(value, path);
        for (int i = 0; i < attachments.size(); i++) {
            attachment(attachments.get(i), path + "[" + i + "]");
        }
    }

    private static void attachment(JsonValue value, String path) {
        JsonObject attachment = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(attachment, path, KEYS);
        JsonShapes.iri(JsonShapes.required(attachment, "usageType", path), path + ".usageType");
        LanguageMaps.validate(JsonShapes.required(attachment, "display", path), path + ".display");
        JsonShapes.ifPresent(attachment, "description", path, LanguageMaps::validate);
        JsonShapes.string(JsonShapes.required(attachment, "contentType", path), path + ".contentType");
        JsonValue length = JsonShapes.required(attachment, "length", path);
        if (!(length instanceof JsonNumber number) || !number.isIntegral()) {
            throw new InvalidStatement(path + ".length", Rule.NOT_AN_INTEGER, "must be an integer");
        }
        if (number.longValue() < 0) {
            throw new InvalidStatement(path + ".length", Rule.NOT_NEGATIVE, "must not be negative");
        }
        JsonShapes.string(JsonShapes.required(attachment, "sha2", path), path + ".sha2");
        JsonShapes.ifPresent(attachment, "fileUrl", path, JsonShapes::iri);
    }
}
