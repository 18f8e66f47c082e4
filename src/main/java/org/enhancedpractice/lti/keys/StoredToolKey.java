package org.enhancedpractice.lti.keys;

import java.time.Instant;

/** A tool key as stored: the full private JWK as JSON, and whether it signs (ACTIVE) or is only published. */
public record StoredToolKey(String kid, String privateJwk, String status, Instant createdAt) {
    public static final String ACTIVE = "ACTIVE";
    public static final String PUBLISHED = "PUBLISHED";

    @Override
    public String toString() {
        return "StoredToolKey[kid=" + kid + ", status=" + status + "]";
    }
}
