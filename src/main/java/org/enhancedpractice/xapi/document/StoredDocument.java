package org.enhancedpractice.xapi.document;

import java.time.Instant;
import java.util.Objects;

/**
 * A document as the LRS keeps it: its content type as sent, its content, its ETag (the lowercase hex SHA-1 of the
 * content, xAPI 1.0.3 Part 3 §3.1, unquoted here) and when it was last written.
 */
public record StoredDocument(String contentType, byte[] content, String etag, Instant updated) {
    public StoredDocument {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(content);
        Objects.requireNonNull(etag);
        Objects.requireNonNull(updated);
    }

    /** The ETag as an HTTP header carries it: quoted (RFC 9110 §8.8.3). */
    public String quotedEtag() {
        return '"' + etag + '"';
    }

    public boolean isJson() {
        return DocumentMerge.isJsonType(contentType);
    }
}
