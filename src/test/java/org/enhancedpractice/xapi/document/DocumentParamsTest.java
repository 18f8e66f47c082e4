package org.enhancedpractice.xapi.document;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** Parameter rules of the document resources (xAPI 1.0.3 Part 3 §2.3, §2.6, §2.7), one refusal per rule. */
class DocumentParamsTest {
    private static final Set<String> STATE = Set.of("activityId", "agent", "registration", "stateId", "since");
    private static final String AGENT = "{\"account\":{\"homePage\":\"https://vle.example\",\"name\":\"l1\"}}";

    @Test
    void refusesUnknownParameter() {
        assertBad(() -> new DocumentParams(Map.of("colour", List.of("red")), STATE));
    }

    @Test
    void refusesRepeatedParameter() {
        assertBad(() -> new DocumentParams(Map.of("stateId", List.of("a", "b")), STATE));
    }

    @Test
    void refusesMissingRequiredParameter() {
        assertBad(() -> params(Map.of()).activityId());
        assertBad(() -> params(Map.of()).agent());
    }

    @Test
    void refusesActivityIdThatIsNotAnIri() {
        assertBad(() -> params(Map.of("activityId", "true")).activityId());
    }

    @Test
    void refusesAgentThatIsNotJsonOrIsAGroupOrHasNoIdentifier() {
        assertBad(() -> params(Map.of("agent", "true")).agent());
        assertBad(() -> params(Map.of("agent", "{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.ac.uk\"}")).agent());
        assertBad(() -> params(Map.of("agent", "{\"objectType\":\"Agent\",\"name\":\"no ifi\"}")).agent());
    }

    @Test
    void agentIsKeptUnderItsIdentifier() {
        assertEquals("account:https://vle.example|l1", params(Map.of("agent", AGENT)).agentIfi());
    }

    @Test
    void registrationMustBeAUuidAndIsLowercased() {
        assertBad(() -> params(Map.of("registration", "nope")).registration());
        assertEquals("0e2ba1b0-5a4f-4c84-9c1c-3a8e1d0c0a1b",
                params(Map.of("registration", "0E2BA1B0-5A4F-4C84-9C1C-3A8E1D0C0A1B")).registration());
        assertNull(params(Map.of()).registration());
    }

    @Test
    void sinceMustBeATimestamp() {
        assertBad(() -> params(Map.of("since", "yesterday")).since());
        assertEquals(java.time.Instant.parse("2026-01-02T03:04:05Z"),
                params(Map.of("since", "2026-01-02T03:04:05Z")).since());
    }

    private static DocumentParams params(Map<String, String> values) {
        Map<String, List<String>> raw = new java.util.HashMap<>();
        values.forEach((k, v) -> raw.put(k, List.of(v)));
        return new DocumentParams(raw, STATE);
    }

    private static void assertBad(org.junit.jupiter.api.function.Executable call) {
        LrsProblem problem = assertThrows(LrsProblem.class, call);
        assertEquals(400, problem.status());
        assertEquals(LrsProblem.BAD_PARAMETER, problem.code());
    }
}
