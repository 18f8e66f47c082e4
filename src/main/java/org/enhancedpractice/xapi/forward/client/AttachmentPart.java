package org.enhancedpractice.xapi.forward.client;

import java.util.Locale;
import java.util.Objects;

/**
 * The raw data of one attachment, named by the SHA-2 (hex) its attachment object declares (xAPI 1.0.3 Part 2
 * §2.4.11). The array is not copied; callers must not change it afterwards.
 */
public record AttachmentPart(String sha2, String contentType, byte[] content) {
    public AttachmentPart {
        Objects.requireNonNull(sha2, "sha2");
        Objects.requireNonNull(content, "content");
        sha2 = sha2.trim().toLowerCase(Locale.ROOT);
        contentType = contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    }
}
