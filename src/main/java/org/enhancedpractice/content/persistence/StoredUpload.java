package org.enhancedpractice.content.persistence;

import java.time.Instant;

/** An uploaded package zip as kept in the database. */
public record StoredUpload(String packageKey, String fileName, String sha256, long sizeBytes, byte[] content,
                           Instant uploadedAt) {
}
