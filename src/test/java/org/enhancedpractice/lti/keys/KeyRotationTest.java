package org.enhancedpractice.lti.keys;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class KeyRotationTest {
    private static final Instant T0 = Instant.parse("2026-11-25T08:00:00Z");
    private static final Duration DELAY = Duration.ofHours(24);
    private static final StoredToolKey FIRST = new StoredToolKey("first", "{}", StoredToolKey.ACTIVE, T0);
    private static final StoredToolKey ADDED =
            new StoredToolKey("added", "{}", StoredToolKey.PUBLISHED, T0.plus(Duration.ofDays(10)));

    @Test
    void firstKeySignsFromCreation() {
        assertEquals("first", KeyRotation.signingKey(List.of(FIRST), T0, DELAY).orElseThrow().kid());
    }

    @Test
    void addedKeyIsPublishedButDoesNotSignBeforeTheDelay() {
        Instant justBefore = ADDED.createdAt().plus(DELAY).minusSeconds(1);
        assertEquals("first", KeyRotation.signingKey(List.of(FIRST, ADDED), justBefore, DELAY).orElseThrow().kid());
        assertEquals(List.of(FIRST, ADDED), KeyRotation.published(List.of(FIRST, ADDED)));
    }

    @Test
    void addedKeySignsOnceTheDelayHasPassed() {
        Instant at = ADDED.createdAt().plus(DELAY);
        assertEquals("added", KeyRotation.signingKey(List.of(FIRST, ADDED), at, DELAY).orElseThrow().kid());
    }

    @Test
    void retiredKeyIsNeitherPublishedNorSigning() {
        StoredToolKey retired = new StoredToolKey("first", "{}", StoredToolKey.RETIRED, T0);
        Instant later = ADDED.createdAt().plus(DELAY);
        assertEquals(List.of(ADDED), KeyRotation.published(List.of(retired, ADDED)));
        assertEquals("added", KeyRotation.signingKey(List.of(retired, ADDED), later, DELAY).orElseThrow().kid());
        assertTrue(KeyRotation.signingKey(List.of(retired), later, DELAY).isEmpty());
    }

    @Test
    void zeroDelaySwitchesAtOnce() {
        assertEquals("added", KeyRotation.signingKey(List.of(FIRST, ADDED), ADDED.createdAt(), Duration.ZERO)
                .orElseThrow().kid());
    }
}
