package org.enhancedpractice.xapi.document;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** If-Match / If-None-Match as xAPI 1.0.3 Part 3 §3.1 asks (RFC 9110 §13.1.1–13.1.2). */
class PreconditionsTest {
    private static final String ETAG = "a9993e364706816aba3e25717850c26c9cd0d89d";

    @Test
    void ifMatchWithCurrentEtagHolds() {
        assertDoesNotThrow(() -> new Preconditions('"' + ETAG + '"', null).check(ETAG));
        assertDoesNotThrow(() -> new Preconditions("\"other\", \"" + ETAG + '"', null).check(ETAG));
    }

    @Test
    void ifMatchWithStaleEtagIs412() {
        assertFailed(new Preconditions('"' + "1".repeat(40) + '"', null), ETAG);
    }

    @Test
    void ifMatchNeedsADocument() {
        assertFailed(new Preconditions("*", null), null);
        assertFailed(new Preconditions('"' + ETAG + '"', null), null);
        assertDoesNotThrow(() -> new Preconditions("*", null).check(ETAG));
    }

    @Test
    void weakTagNeverSatisfiesIfMatch() {
        assertFailed(new Preconditions("W/\"" + ETAG + '"', null), ETAG);
    }

    @Test
    void ifNoneMatchStarRefusesAnExistingDocument() {
        assertFailed(new Preconditions(null, "*"), ETAG);
        assertDoesNotThrow(() -> new Preconditions(null, "*").check(null));
    }

    @Test
    void ifNoneMatchListRefusesTheCurrentTagEvenWeak() {
        assertFailed(new Preconditions(null, "W/\"" + ETAG + '"'), ETAG);
        assertDoesNotThrow(() -> new Preconditions(null, "\"other\"").check(ETAG));
    }

    @Test
    void noHeadersAlwaysHold() {
        assertDoesNotThrow(() -> Preconditions.NONE.check(ETAG));
        assertDoesNotThrow(() -> Preconditions.NONE.check(null));
    }

    private static void assertFailed(Preconditions preconditions, String current) {
        LrsProblem problem = assertThrows(LrsProblem.class, () -> preconditions.check(current));
        assertEquals(412, problem.status());
        assertEquals(LrsProblem.PRECONDITION_FAILED, problem.code());
    }
}
