package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Instant;
import org.enhancedpractice.xapi.validation.Statements;
import org.junit.jupiter.api.Test;

/** What the query index records (Part 3 §2.1.3) and what the LRS completes (Part 2 §2.4). */
class StatementIndexTest {
    private static final JsonObject STATEMENT = Statements.with("""
            'context':{'instructor':{'mbox':'mailto:tutor@example.ac.uk'},
              'contextActivities':{'parent':{'id':'https://ept.example/courses/ecp'}}}""");

    @Test
    void indexesDirectAndRelatedEntries() {
        StatementIndex index = StatementIndex.of(StatementCompletion.normalise(STATEMENT));
        assertTrue(index.agents().contains(new StatementIndex.Entry("account:https://vle.example.ac.uk|learner-7", "DIRECT")));
        assertTrue(index.agents().contains(new StatementIndex.Entry("mbox:mailto:tutor@example.ac.uk", "RELATED")));
        assertTrue(index.activities().contains(new StatementIndex.Entry("https://ept.example/modules/discharge", "DIRECT")));
        assertTrue(index.activities().contains(new StatementIndex.Entry("https://ept.example/courses/ecp", "RELATED")));
    }

    @Test
    void indexesTheAuthorityOnceMoreForStatementsReadMine() {
        JsonObject authority = Statements.json("{'objectType':'Agent','account':{'homePage':'https://lrs.example','name':'demo'}}");
        StatementIndex index = StatementIndex.of(StatementCompletion.complete(STATEMENT, authority, Instant.EPOCH));
        assertTrue(index.agents().contains(new StatementIndex.Entry("account:https://lrs.example|demo", "AUTHORITY")));
        assertTrue(index.agents().contains(new StatementIndex.Entry("account:https://lrs.example|demo", "RELATED")));
        assertTrue(index.agents().stream().filter(e -> e.relation().equals("AUTHORITY")).count() == 1);
    }

    @Test
    void completionFillsLrsPropertiesAndNormalisesContextActivities() {
        Instant now = Instant.parse("2026-11-25T10:00:00.123Z");
        JsonObject authority = Statements.json("{'objectType':'Agent','account':{'homePage':'https://lrs.example','name':'demo'}}");
        JsonObject done = StatementCompletion.complete(STATEMENT, authority, now);
        assertEquals("2026-11-25T10:00:00.123Z", done.getString("stored"));
        assertEquals(done.getString("stored"), done.getString("timestamp"));
        assertEquals("1.0.0", done.getString("version"));
        assertEquals(authority, done.getJsonObject("authority"));
        assertEquals(1, done.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("parent").size());
    }

    @Test
    void idsFormatKeepsOnlyIdentifiers() {
        JsonObject ids = StatementFormats.ids(StatementCompletion.normalise(STATEMENT));
        // An Activity is identified by its id alone (objectType defaults to Activity); the ADL suite's XAPI-00171
        // checks exactly one key on a SubStatement's Activity.
        assertEquals(Statements.json("{'id':'https://ept.example/modules/discharge'}"), ids.getJsonObject("object"));
        assertTrue(!ids.getJsonObject("actor").containsKey("name"));
        assertTrue(!ids.getJsonObject("verb").containsKey("display"));
    }
}
