package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.xapi.LrsProblem;
import org.junit.jupiter.api.Test;

/** Query parameters and the `more` cursor of xAPI 1.0.3 Part 3 §2.1.3. */
class StatementQueryParserTest {
    private static final String AGENT = "{\"account\":{\"homePage\":\"https://vle.example\",\"name\":\"u1\"}}";

    @Test
    void readsFilters() {
        StatementQuery q = StatementQueryParser.parse(Map.of("agent", List.of(AGENT), "verb", List.of("http://x.example/v"),
                "since", List.of("2026-11-25T00:00:00Z"), "limit", List.of("10"), "format", List.of("ids"),
                "related_activities", List.of("true")));
        assertEquals("account:https://vle.example|u1", q.agentIfi());
        assertEquals(10, q.limit());
        assertEquals(StatementQuery.Format.IDS, q.format());
        assertTrue(q.relatedActivities());
        assertEquals(Instant.parse("2026-11-25T00:00:00Z"), q.since());
    }

    @Test
    void limitZeroMeansServerMaximum() {
        assertEquals(StatementQueryParser.MAX_LIMIT, StatementQueryParser.parse(Map.of("limit", List.of("0"))).limit());
    }

    @Test
    void cursorCarriesFiltersAndPosition() {
        StatementQuery q = StatementQueryParser.parse(Map.of("verb", List.of("http://x.example/v"), "limit", List.of("2")));
        String more = StatementQueryParser.cursor(q, Instant.parse("2026-11-25T01:02:03.004Z"), "id-1");
        StatementQuery next = StatementQueryParser.parse(Map.of("more", List.of(more)));
        assertEquals("http://x.example/v", next.verb());
        assertEquals(2, next.limit());
        assertEquals(Instant.parse("2026-11-25T01:02:03.004Z"), next.afterStored());
        assertEquals("id-1", next.afterId());
    }

    @Test
    void rejectsUnknownParameter() {
        assertCode(Map.of("colour", List.of("blue")));
    }

    @Test
    void rejectsAgentWithoutIdentifier() {
        assertCode(Map.of("agent", List.of("{\"name\":\"Ada\"}")));
    }

    @Test
    void rejectsBadRegistrationSinceLimitFormatAndCursor() {
        assertCode(Map.of("registration", List.of("nope")));
        assertCode(Map.of("since", List.of("last week")));
        assertCode(Map.of("limit", List.of("-1")));
        assertCode(Map.of("format", List.of("pretty")));
        assertCode(Map.of("more", List.of("!!")));
    }

    private static void assertCode(Map<String, List<String>> params) {
        LrsProblem problem = assertThrows(LrsProblem.class, () -> StatementQueryParser.parse(params));
        assertEquals(LrsProblem.BAD_PARAMETER, problem.code());
        assertEquals(400, problem.status());
    }
}
