package org.enhancedpractice.lti;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** https always; plain http only to a literal loopback host and only when the default mode allows it. */
class PlatformUrlsTest {
    private static final boolean PRODUCTION = false;
    private static final boolean DEFAULT_MODE = true;
    private static final String HTTP_ONLY_ON_LOOPBACK = "must use https (plain http only on localhost/127.0.0.1/[::1])";

    @ParameterizedTest
    @ValueSource(strings = {"https://moodle.example.ac.uk", "https://moodle.example.ac.uk:8443/mod/lti/certs.php",
            "https://localhost/auth"})
    void acceptsHttpsInEveryMode(String url) {
        assertNull(PlatformUrls.problem(url, PRODUCTION));
        assertNull(PlatformUrls.problem(url, DEFAULT_MODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081/mod/lti/auth.php", "http://LOCALHOST", "http://127.0.0.1:8081",
            "http://127.0.0.2/moodle", "http://[::1]:8081/mod/lti/certs.php"})
    void acceptsPlainHttpOnLoopbackWhenAllowed(String url) {
        assertNull(PlatformUrls.problem(url, DEFAULT_MODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8081/mod/lti/auth.php", "http://127.0.0.1:8081", "http://[::1]:8081"})
    void rejectsPlainHttpOnLoopbackInProduction(String url) {
        assertEquals("must use https", PlatformUrls.problem(url, PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://moodle.example.ac.uk", "http://10.0.0.5:8081", "http://192.168.1.20",
            "http://localhost.example.ac.uk", "http://127.0.0.1.nip.io", "http://[fe80::1]"})
    void rejectsPlainHttpOnOtherHostsEvenWhenAllowed(String url) {
        assertEquals(HTTP_ONLY_ON_LOOPBACK, PlatformUrls.problem(url, DEFAULT_MODE));
    }

    @Test
    void rejectsOtherSchemesOnLoopback() {
        assertEquals(HTTP_ONLY_ON_LOOPBACK, PlatformUrls.problem("ftp://localhost/certs.json", DEFAULT_MODE));
        assertEquals("must use https", PlatformUrls.problem("ftp://localhost/certs.json", PRODUCTION));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/mod/lti/auth.php", "moodle.example.ac.uk/mod/lti/auth.php", "https:///mod/lti/auth.php",
            "mailto:lti@example.ac.uk"})
    void rejectsUrlsWithoutHost(String url) {
        assertEquals("must be an absolute URL", PlatformUrls.problem(url, DEFAULT_MODE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://moodle example.ac.uk", "https://moodle.example.ac.uk/a b", "http://[::1"})
    void rejectsTextThatIsNotAUrl(String text) {
        assertEquals("is not a URL", PlatformUrls.problem(text, DEFAULT_MODE));
    }

    @Test
    void rejectsNullAsNotAUrl() {
        assertEquals("is not a URL", PlatformUrls.problem(null, DEFAULT_MODE));
    }

    @Test
    void recognisesOnlyLiteralLoopbackHosts() {
        assertTrue(PlatformUrls.isLoopback("localhost"));
        assertTrue(PlatformUrls.isLoopback("127.0.0.1"));
        assertTrue(PlatformUrls.isLoopback("[::1]"));
        assertFalse(PlatformUrls.isLoopback("localhost.localdomain"));
        assertFalse(PlatformUrls.isLoopback("ip6-localhost"));
        assertFalse(PlatformUrls.isLoopback("0.0.0.0"));
    }
}
