package org.enhancedpractice.lti.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The platform-storage pages: data only as HTML-safe JSON, origins as browsers write them (RFC 6454 §6.1). */
class PlatformStoragePageTest {
    private static final URI AUTH = URI.create("https://sso.canvaslms.com/api/lti/authorize_redirect?state=s&nonce=n");

    private static jakarta.json.JsonObject config(String page) {
        Matcher m = Pattern.compile("<script type=\"application/json\" id=\"ept-storage\">(.*?)</script>",
                Pattern.DOTALL).matcher(page);
        assertTrue(m.find(), page);
        return jakarta.json.Json.createReader(new StringReader(m.group(1))).readObject();
    }

    @Test
    void loginPageCarriesTargetOriginKeyValueAndNextUrl() {
        String page = PlatformStoragePage.login(new PutDataStep("post_message_forwarding", "https://sso.canvaslms.com",
                "state_s", "secret-1", AUTH, URI.create("https://ept.example/lti/login?iss=x&login_hint=y")));
        jakarta.json.JsonObject config = config(page);
        assertEquals("put", config.getString("step"));
        assertEquals("post_message_forwarding", config.getString("target"));
        assertEquals("https://sso.canvaslms.com", config.getString("platformOrigin"));
        assertEquals("state_s", config.getString("key"));
        assertEquals("secret-1", config.getString("value"));
        assertEquals(AUTH.toString(), config.getString("authorizationUrl"));
        assertEquals(5000, config.getInt("timeoutMs"));
        assertTrue(page.contains("href=\"https://ept.example/lti/login?iss=x&amp;login_hint=y\""), page);
        assertTrue(page.contains("login_storage_unavailable"));
        assertTrue(page.contains("lti.put_data"), "the shared script is inlined");
    }

    @Test
    void launchPageCannotBeBrokenOutOfByTheIdToken() {
        String hostile = "eyJ.x</script><script>alert(1)</script>&";
        String page = PlatformStoragePage.launch(new GetDataStep("_parent", "http://127.0.0.1:18091", "state_s",
                hostile, "s", URI.create("http://localhost:8080/lti/launch/platform-storage")));
        assertFalse(page.contains("</script><script>alert(1)"), page);
        assertEquals(hostile, config(page).getString("idToken"), "the value survives as JSON escapes");
        assertEquals("get", config(page).getString("step"));
    }

    @Test
    void originDropsPathQueryAndDefaultPorts() {
        assertEquals("https://sso.canvaslms.com", PlatformStoragePage.origin(AUTH));
        assertEquals("https://moodle.example", PlatformStoragePage.origin(URI.create("https://Moodle.example:443/mod/lti/auth.php")));
        assertEquals("http://127.0.0.1:18091", PlatformStoragePage.origin(URI.create("http://127.0.0.1:18091/auth")));
        assertEquals("http://localhost", PlatformStoragePage.origin(URI.create("http://localhost:80/auth")));
    }
}
