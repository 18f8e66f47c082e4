package org.enhancedpractice.xapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** xapi.request.max-bytes is checked at start-up (docs/configuration.md). */
class XapiSettingsTest {
    @Test
    void acceptsDefaultAndBounds() {
        assertTrue(XapiSettings.problems(Long.parseLong(XapiSettings.DEFAULT_MAX_REQUEST_BYTES)).isEmpty());
        assertTrue(XapiSettings.problems(XapiSettings.MIN_MAX_REQUEST_BYTES).isEmpty());
        assertTrue(XapiSettings.problems(XapiSettings.MAX_MAX_REQUEST_BYTES).isEmpty());
    }

    @Test
    void refusesOutOfRangeLimitNamingKeyAndVariable() {
        assertEquals(1, XapiSettings.problems(1024).size());
        String problem = XapiSettings.problems(XapiSettings.MAX_MAX_REQUEST_BYTES + 1).get(0);
        assertTrue(problem.contains("xapi.request.max-bytes") && problem.contains("XAPI_REQUEST_MAX_BYTES"), problem);
    }
}
