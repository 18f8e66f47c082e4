package org.enhancedpractice.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.enhancedpractice.platform.JsonSupport.JSON;
import jakarta.json.JsonObject;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** AGS 2.0 §3.2 line items: the create body, lenient reading, and container filters on Moodle's URLs. */
class LineItemsTest {
    @Test
    void createBodyHasLabelMaximumAndOnlyTheGivenKeys() {
        JsonObject json = new LineItem(null, "Unit 3: discharge planning", 10, "rl-1", null, "knowledge-check").toJson();
        assertEquals("Unit 3: discharge planning", json.getString("label"));
        assertEquals(10.0, json.getJsonNumber("scoreMaximum").doubleValue());
        assertEquals("rl-1", json.getString("resourceLinkId"));
        assertEquals("knowledge-check", json.getString("tag"));
        assertFalse(json.containsKey("resourceId"));
        assertFalse(json.containsKey("id"));
    }

    @Test
    void refusesItemsWithoutLabelOrPositiveMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new LineItem(null, " ", 10, null, null, null));
        assertThrows(IllegalArgumentException.class, () -> new LineItem(null, "x", 0, null, null, null));
    }

    @Test
    void readsPlatformItemsLeniently() {
        LineItem item = LineItem.fromJson(JSON.createObjectBuilder()
                .add("id", "https://moodle.example.ac.uk/mod/lti/services.php/2/lineitems/7/lineitem?type_id=3")
                .add("resourceLinkId", "rl-1").build());
        assertEquals(1.0, item.scoreMaximum(), "missing maximum");
        assertEquals(item.id().toString(), item.label(), "missing label");
        assertEquals("rl-1", item.resourceLinkId());
        assertNull(item.tag());
        assertThrows(ServiceCallFailed.class, () -> LineItem.fromJson(JSON.createObjectBuilder().add("label", "x").build()));
    }

    @Test
    void filtersKeepMoodlesTypeIdAndAreCheckedAgainOnOurSide() {
        LineItemQuery query = new LineItemQuery("rl 1", "unit-3", null);
        assertEquals(URI.create("https://moodle.example.ac.uk/mod/lti/services.php/2/lineitems?type_id=3"
                        + "&resource_link_id=rl+1&resource_id=unit-3"),
                query.apply(URI.create("https://moodle.example.ac.uk/mod/lti/services.php/2/lineitems?type_id=3")));
        assertTrue(query.matches(new LineItem(URI.create("https://x/1"), "a", 1, "rl 1", "unit-3", "t")));
        assertFalse(query.matches(new LineItem(URI.create("https://x/2"), "a", 1, "rl 1", "unit-4", null)),
                "a platform that ignores the filter");
        assertEquals(URI.create("https://x/li"), new LineItemQuery("", null, null).apply(URI.create("https://x/li")));
    }

    @Test
    void resultsReadTheirScores() {
        Result result = Result.fromJson(JSON.createObjectBuilder().add("userId", "u").add("resultScore", 8)
                .add("resultMaximum", 10).build());
        assertEquals(8.0, result.resultScore());
        assertEquals(10.0, result.resultMaximum());
        assertNull(Result.fromJson(JSON.createObjectBuilder().add("userId", "u").build()).resultScore());
    }
}
