package org.enhancedpractice.lti.login;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The state cookie's attributes (Security Framework 1.0 §5.1.1.3; RFC 6265bis SameSite; CHIPS Partitioned). */
class StateCookieTest {
    private static final String STATE = "AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcde";

    private static List<String> attributes(String header) {
        return Arrays.stream(header.split(";")).map(String::trim).toList();
    }

    @Test
    void httpsToolGetsCrossSiteHttpOnlyPartitionedCookieScopedToLti() {
        List<String> attributes = attributes(StateCookie.set(STATE, "https://ept.example.ac.uk", Duration.ofSeconds(300)));
        assertEquals("ept_lti_state_AbCdEfGhIjKlMnOp=" + STATE, attributes.get(0));
        assertTrue(attributes.containsAll(List.of("Path=/lti", "Max-Age=300", "HttpOnly", "Secure", "SameSite=None",
                "Partitioned")), attributes::toString);
    }

    @Test
    void pathFollowsTheBaseUrlsContextPath() {
        assertTrue(attributes(StateCookie.set(STATE, "https://uni.example/tools/ept", Duration.ofSeconds(60)))
                .contains("Path=/tools/ept/lti"));
    }

    @Test
    void loopbackHttpCountsAsSecureContext() {
        List<String> attributes = attributes(StateCookie.set(STATE, "http://localhost:8080", Duration.ofSeconds(60)));
        assertTrue(attributes.containsAll(List.of("Secure", "SameSite=None", "Partitioned")), attributes::toString);
        assertTrue(attributes(StateCookie.set(STATE, "http://127.0.0.1:8080", Duration.ofSeconds(60))).contains("Secure"));
    }

    @Test
    void plainHttpOnOtherHostsFallsBackToLaxWithoutSecure() {
        List<String> attributes = attributes(StateCookie.set(STATE, "http://tool.lan:8080", Duration.ofSeconds(60)));
        assertTrue(attributes.contains("SameSite=Lax"), attributes::toString);
        assertFalse(attributes.contains("Secure"));
        assertFalse(attributes.contains("Partitioned"));
    }

    @Test
    void concurrentLoginsGetDifferentCookieNames() {
        assertEquals("ept_lti_state_AbCdEfGhIjKlMnOp", StateCookie.name(STATE));
        assertFalse(StateCookie.name(STATE).equals(StateCookie.name("ZZ" + STATE)));
    }

    @Test
    void clearingExpiresTheSameCookie() {
        List<String> attributes = attributes(StateCookie.clear(STATE, "https://ept.example.ac.uk"));
        assertEquals("ept_lti_state_AbCdEfGhIjKlMnOp=", attributes.get(0));
        assertTrue(attributes.containsAll(List.of("Max-Age=0", "Path=/lti", "Partitioned")), attributes::toString);
    }
}
