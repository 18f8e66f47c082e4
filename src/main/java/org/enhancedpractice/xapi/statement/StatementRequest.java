package org.enhancedpractice.xapi.statement;

import jakarta.json.JsonValue;
import java.util.List;
import java.util.Objects;
import org.enhancedpractice.xapi.XapiVersion;
import org.enhancedpractice.xapi.attachment.AttachmentContent;

/**
 * What a PUT or POST to the Statement resource carried (xAPI 1.0.3 Part 3 §1.5): the statement JSON (one statement
 * or an array), the attachment parts of a multipart/mixed body (each named by its X-Experience-API-Hash) and the
 * xAPI version the request named.
 */
public record StatementRequest(JsonValue json, List<AttachmentContent> parts, boolean multipart, XapiVersion version) {
    public StatementRequest {
        Objects.requireNonNull(json);
        parts = List.copyOf(parts);
        Objects.requireNonNull(version);
    }

    /** An application/json request of the given version. */
    public static StatementRequest json(JsonValue json, XapiVersion version) {
        return new StatementRequest(json, List.of(), false, version);
    }
}
