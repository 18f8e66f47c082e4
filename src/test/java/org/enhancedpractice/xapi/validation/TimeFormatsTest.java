package org.enhancedpractice.xapi.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ISO 8601 timestamps (xAPI 1.0.3 Part 2 §2.4.7) and durations (§2.4.5; weeks never combine with other units). */
class TimeFormatsTest {
    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25T09:30:00Z", "2026-11-25T09:30:00.123+01:00", "2026-11-25T09:30+0100", "2026-11-25T09:30:00+01", "2026-11-25T09:30:00"})
    void acceptsTimestamps(String text) {
        assertTrue(TimeFormats.isTimestamp(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-25", "2026-02-30T00:00:00Z", "2026-11-25T09:30:00-00:00", "2026-11-25T09:30:00-0000", "yesterday"})
    void rejectsTimestamps(String text) {
        assertFalse(TimeFormats.isTimestamp(text), text);
    }

    @Test
    void readsOffsetsAsInstants() {
        assertEquals(Instant.parse("2026-11-25T08:30:00Z"), TimeFormats.toInstant("2026-11-25T09:30:00+01"));
        assertEquals(Instant.parse("2026-11-25T09:30:00Z"), TimeFormats.toInstant("2026-11-25T09:30"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"PT1H30M", "P1D", "PT0.5S", "P1Y2M3DT4H5M6S", "P2W"})
    void acceptsDurations(String text) {
        assertTrue(TimeFormats.isDuration(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"P", "PT", "1H", "PT1H30", "P1H", "P4W1D", "P1WT1H", "P1Y2W"})
    void rejectsDurations(String text) {
        assertFalse(TimeFormats.isDuration(text), text);
    }
}
