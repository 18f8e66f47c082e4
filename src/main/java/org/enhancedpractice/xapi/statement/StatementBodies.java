package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.XapiVersion;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.attachment.MultipartMixed;

/**
 * Reads the body of a statement PUT or POST by its Content-Type (xAPI 1.0.3 Part 3 §1.5): application/json (or no
 * Content-Type), or multipart/mixed whose first part is the application/json statements and whose further parts
 * each carry X-Experience-API-Hash and, if they name one, Content-Transfer-Encoding: binary (§1.5.2). Strings are
 * UTF-8 (§1.4). Other content types are refused with 400.
 */
final class StatementBodies {
    private static final String JSON_TYPE = "application/json";

    private StatementBodies() {
    }

    static StatementRequest read(String contentType, byte[] body, XapiVersion version) {
        if (MultipartMixed.isMultipartMixed(contentType)) {
            return multipart(MultipartMixed.parse(body, MultipartMixed.boundary(contentType)), version);
        }
        if (contentType != null && !JSON_TYPE.equals(baseType(contentType))) {
            throw LrsProblem.badRequest(LrsProblem.CONTENT_TYPE,
                    "statements are sent as application/json or multipart/mixed, not " + contentType);
        }
        return StatementRequest.json(json(new String(body, StandardCharsets.UTF_8)), version);
    }

    private static StatementRequest multipart(List<MultipartMixed.Part> parts, XapiVersion version) {
        if (parts.isEmpty() || !JSON_TYPE.equals(baseType(parts.get(0).header("Content-Type")))) {
            throw LrsProblem.badRequest(LrsProblem.MULTIPART,
                    "the first part of a multipart/mixed statement request is the application/json statements");
        }
        List<AttachmentContent> attachments = new ArrayList<>();
        for (MultipartMixed.Part part : parts.subList(1, parts.size())) {
            String hash = part.header(MultipartMixed.HEADER_HASH);
            if (hash == null || hash.isBlank()) {
                throw LrsProblem.badRequest(LrsProblem.ATTACHMENT_UNMATCHED,
                        "every attachment part carries an " + MultipartMixed.HEADER_HASH + " header");
            }
            String encoding = part.header(MultipartMixed.HEADER_TRANSFER_ENCODING);
            if (encoding != null && !"binary".equalsIgnoreCase(encoding.trim())) {
                throw LrsProblem.badRequest(LrsProblem.MULTIPART,
                        "attachment parts use Content-Transfer-Encoding: binary, not " + encoding);
            }
            attachments.add(new AttachmentContent(hash, part.header("Content-Type"), part.body()));
        }
        String statements = new String(parts.get(0).body(), StandardCharsets.UTF_8);
        return new StatementRequest(json(statements), attachments, true, version);
    }

    static JsonValue json(String body) {
        try {
            return JSON.createReader(new StringReader(body)).readValue();
        } catch (JsonException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_REQUEST, "The body is not JSON: " + e.getMessage());
        }
    }

    private static String baseType(String contentType) {
        return contentType == null ? "" : contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    }
}
