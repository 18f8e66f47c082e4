package org.enhancedpractice.lti.keys;

import java.time.Instant;

/**
 * A tool key as stored: the full private JWK as JSON and its status. ACTIVE: may sign from creation (the key made at
 * first start). PUBLISHED: added by rotation, in the JWKS at once, may sign once the activation delay has passed.
 * RETIRED: withdrawn from the JWKS and never signs again.
 */
public record StoredToolKey(String kid, String privateJwk, String status, Instant createdAt) {
    public static final String ACTIVE = "ACTIVE";
    public static final String PUBLISHED = "PUBLISHED";
    public static final String RETIRED = "RETIRED";

    boolean isPublished() {
        return !RETIRED.equals(status);
    }

    /** Whether this key may sign at {@code now}, given how long platforms are allowed to cache our JWKS. */
    boolean maySignAt(Instant now, java.time.Duration activationDelay) {
        return ACTIVE.equals(status) || PUBLISHED.equals(status) && !createdAt.plus(activationDelay).isAfter(now);
    }

    @Override
    public String toString() {
        return "StoredToolKey[kid=" + kid + ", status=" + status + "]";
    }
}
