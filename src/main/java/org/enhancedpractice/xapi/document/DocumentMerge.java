package org.enhancedpractice.xapi.document;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonParser;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * The POST merge of xAPI 1.0.3 Part 3 §2.2 "JSON Procedure": when both the stored and the posted document are
 * {@code application/json} JSON objects, each top-level property of the posted object replaces the stored one (no
 * deeper merge); otherwise 400 and nothing changes.
 */
public final class DocumentMerge {
    public static final String JSON_TYPE = "application/json";

    private DocumentMerge() {
    }

    /** The merged content of {@code existing} and a posted document. */
    public static byte[] merge(StoredDocument existing, String postedType, byte[] posted) {
        if (!existing.isJson() || !isJsonType(postedType)) {
            throw notMergeable("both the stored and the posted document must have Content-Type application/json");
        }
        JsonObject stored = object(existing.content(), "stored");
        JsonObject update = object(posted, "posted");
        return JSON.createObjectBuilder(stored).addAll(JSON.createObjectBuilder(update)).build().toString()
                .getBytes(StandardCharsets.UTF_8);
    }

    /** The content parsed as one JSON object with nothing after it (RFC 8259 §2), else 400. */
    public static JsonObject object(byte[] content, String which) {
        try (JsonParser parser = JSON.createParser(new ByteArrayInputStream(content))) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw notMergeable("the " + which + " document is not a JSON object");
            }
            JsonObject object = parser.getObject();
            if (parser.hasNext()) {
                throw notMergeable("the " + which + " document has more after its JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw notMergeable("the " + which + " document is not JSON: " + e.getMessage());
        }
    }

    /** Whether a Content-Type names application/json, whatever its parameters. */
    public static boolean isJsonType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return type.toLowerCase(Locale.ROOT).equals(JSON_TYPE);
    }

    private static LrsProblem notMergeable(String detail) {
        return LrsProblem.badRequest(LrsProblem.NOT_MERGEABLE, "Cannot merge: " + detail + " (Part 3 §2.2)");
    }
}
