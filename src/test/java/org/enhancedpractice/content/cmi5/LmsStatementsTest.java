package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.content.cmi5.Cmi5Fixtures.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.Set;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.MoveOn;
import org.enhancedpractice.xapi.validation.StatementValidator;
import org.junit.jupiter.api.Test;

/** The LMS's own statements are valid xAPI (the LRS's validator accepts them) and carry what cmi5 requires. */
class LmsStatementsTest {
    private final JsonObject actor = LmsStatements.actor("https://platform.example", "learner-1");
    private final AssignableUnit au = Cmi5Fixtures.au("https://e.org/au/1", MoveOn.CompletedAndPassed);

    @Test
    void launchedCarriesTheContextExtensionsOfSection9_6_3() {
        JsonObject s = LmsStatements.launched(actor, REGISTRATION, SESSION, ACTIVITY, au, "Normal",
                "https://tool.example/content/m/a.html");
        StatementValidator.validate(s);
        JsonObject ext = s.getJsonObject("context").getJsonObject("extensions");
        assertEquals(SESSION.toString(), ext.getString(Cmi5Vocabulary.EXT_SESSION));
        assertEquals("Normal", ext.getString(Cmi5Vocabulary.EXT_LAUNCH_MODE));
        assertEquals("CompletedAndPassed", ext.getString(Cmi5Vocabulary.EXT_MOVE_ON));
        assertEquals(0.8, ext.getJsonNumber(Cmi5Vocabulary.EXT_MASTERY).doubleValue());
        assertEquals("https://tool.example/content/m/a.html", ext.getString(Cmi5Vocabulary.EXT_LAUNCH_URL));
        assertTrue(Cmi5StatementRules.isCmi5Defined(s));
        assertEquals(au.id(), s.getJsonObject("context").getJsonObject("contextActivities").getJsonArray("grouping")
                .getJsonObject(0).getString("id"));
    }

    @Test
    void abandonedHasTheSessionDuration() {
        AuSession session = Cmi5Fixtures.session("Normal", Set.of("initialized"));
        JsonObject s = LmsStatements.abandoned(actor, REGISTRATION, session, Duration.ofMillis(61_500));
        StatementValidator.validate(s);
        assertEquals("PT61.5S", s.getJsonObject("result").getString("duration"));
    }

    @Test
    void waivedHasReasonSuccessCompletionAndMoveOn() {
        JsonObject s = LmsStatements.waived(actor, REGISTRATION, SESSION, ACTIVITY, au.id(), "Tested Out");
        StatementValidator.validate(s);
        JsonObject result = s.getJsonObject("result");
        assertTrue(result.getBoolean("success"));
        assertTrue(result.getBoolean("completion"));
        assertEquals("Tested Out", result.getJsonObject("extensions").getString(Cmi5Vocabulary.EXT_REASON));
        assertTrue(Cmi5StatementRules.hasCategory(s, Cmi5Vocabulary.CATEGORY_MOVEON));
    }

    @Test
    void satisfiedUsesTheLmsBlockIdNotThePublisherId() {
        Cmi5Ids ids = new Cmi5Ids("https://tool.example");
        String block = ids.block("https://e.org/course", "https://e.org/block/1");
        JsonObject s = LmsStatements.satisfied(actor, REGISTRATION, SESSION, block, "https://e.org/block/1",
                Cmi5Vocabulary.TYPE_BLOCK);
        StatementValidator.validate(s);
        assertNotEquals("https://e.org/block/1", s.getJsonObject("object").getString("id"));
        assertEquals(block, ids.block("https://e.org/course", "https://e.org/block/1"));
        assertFalse(Cmi5StatementRules.hasCategory(s, Cmi5Vocabulary.CATEGORY_MOVEON));
    }

    @Test
    void launchDataHasTheDocumentPropertiesOfSection10() {
        JsonObject data = LmsStatements.launchData(SESSION, au, "Normal", "https://tool.example/content/return");
        assertEquals("Normal", data.getString("launchMode"));
        assertEquals("CompletedAndPassed", data.getString("moveOn"));
        assertEquals("https://tool.example/content/return", data.getString("returnURL"));
        assertEquals(SESSION.toString(), data.getJsonObject("contextTemplate").getJsonObject("extensions")
                .getString(Cmi5Vocabulary.EXT_SESSION));
    }

    @Test
    void auActivityIdsAreStableAndNotThePublisherId() {
        Cmi5Ids ids = new Cmi5Ids("https://tool.example");
        String first = ids.auActivity("https://e.org/course", "https://e.org/au/1");
        assertEquals(first, ids.auActivity("https://e.org/course", "https://e.org/au/1"));
        assertNotEquals("https://e.org/au/1", first);
        assertTrue(ids.isAuActivity(first));
    }
}
