package org.enhancedpractice.content.standard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StandardReaderTest {
    @Test
    void readsTheShippedIllustrativeCatalogue() throws Exception {
        try (Reader in = Files.newBufferedReader(Path.of("content-packages/standards/ST0895-1.2.json"))) {
            ApprenticeshipStandard s = StandardReader.read(in);
            assertEquals("ST0895", s.reference());
            assertEquals("1.2", s.version());
            assertEquals(6, s.level());
            assertTrue(s.illustrative(), "the shipped KSBs are not the published ones and must say so");
            assertTrue(s.ksbIds().containsAll(java.util.Set.of("K1", "S1", "B1")));
            OffTheJobRule old = s.offTheJob().stream().filter(r -> r.covers(LocalDate.of(2024, 9, 1))).findFirst()
                    .orElseThrow();
            assertEquals(0, old.hoursPerWeek().compareTo(java.math.BigDecimal.valueOf(6)));
            OffTheJobRule current = s.offTheJob().stream().filter(r -> r.covers(LocalDate.of(2025, 9, 1)))
                    .findFirst().orElseThrow();
            assertNull(current.minimumHours(), "ST0895's published minimum is not known here: configuration");
        }
    }

    @Test
    void refusesAnotherFormat() {
        var e = assertThrows(StandardFormatException.class, () -> StandardReader.read(new StringReader(
                "{\"format\":\"x\",\"reference\":\"ST1\",\"title\":\"t\",\"version\":\"1\",\"level\":6,\"ksbs\":[]}")));
        assertTrue(e.getMessage().contains("format must be"));
    }

    @Test
    void refusesDuplicateKsbIds() {
        String json = "{\"format\":\"" + StandardReader.FORMAT + "\",\"reference\":\"ST1\",\"title\":\"t\","
                + "\"version\":\"1\",\"level\":6,\"ksbs\":[{\"id\":\"K1\",\"type\":\"knowledge\",\"statement\":\"a\"},"
                + "{\"id\":\"K1\",\"type\":\"knowledge\",\"statement\":\"b\"}]}";
        var e = assertThrows(StandardFormatException.class, () -> StandardReader.read(new StringReader(json)));
        assertTrue(e.getMessage().contains("K1 is used twice"));
    }

    @Test
    void refusesAMissingReference() {
        var e = assertThrows(StandardFormatException.class, () -> StandardReader.read(new StringReader(
                "{\"format\":\"" + StandardReader.FORMAT + "\",\"title\":\"t\",\"version\":\"1\",\"level\":6}")));
        assertTrue(e.getMessage().contains("reference is required"));
    }
}
