package org.enhancedpractice.lti.keys;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Which key signs, without downtime (LTI Security Framework 1.0 §6.3 expects platforms to fetch new keys by kid):
 * the newest key that may sign. A key added by rotation is published at once but signs only after the activation
 * delay, so every platform has refreshed its cached copy of our JWKS before it sees the new kid.
 */
public final class KeyRotation {
    private KeyRotation() {
    }

    public static Optional<StoredToolKey> signingKey(List<StoredToolKey> keys, Instant now, Duration activationDelay) {
        return keys.stream().filter(k -> k.maySignAt(now, activationDelay))
                .max(Comparator.comparing(StoredToolKey::createdAt).thenComparing(StoredToolKey::kid));
    }

    public static List<StoredToolKey> published(List<StoredToolKey> keys) {
        return keys.stream().filter(StoredToolKey::isPublished).toList();
    }
}
