package org.enhancedpractice.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Smoke test of the zero-configuration default (no database settings: embedded H2 file database under ./data):
 * health, and the built-in demo platform registering itself and launching a tutor, all over HTTP.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DemoSmokeEmbeddedIT {
    private final LaunchDriver driver = new LaunchDriver();
    private final Browser browser = driver.browser();
    private final String base = Deployments.baseUrl();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @Test
    void demoPlatformRegistersAndLaunchesOnEmbeddedDatabase() {
        HttpResponse<String> health = browser.get(base + "/health/ready", "Accept", "application/json");
        assertEquals(200, health.statusCode(), health::body);
        assertTrue(health.body().contains("\"product\":\"H2\""), health::body);
        assertTrue(Files.isRegularFile(Path.of("data", "ept.mv.db")), "embedded database file under ./data");

        String registrationUrl = attribute(browser.get(base + "/demo").body(), "data-registration-url");
        HttpResponse<String> registered = browser.get(registrationUrl);
        assertEquals(200, registered.statusCode(), registered::body);
        assertTrue(registered.body().contains("data-status=\"ACTIVE\""), "active at once in the default mode");

        String course = browser.get(base + "/demo").body();
        Map<String, String> tutorForm = formFor(course, "demo-tutor-sam");
        HttpResponse<String> login = browser.postForm(base + "/lti/login", tutorForm);
        assertEquals(302, login.statusCode(), login::body);
        assertTrue(URI.create(login.headers().firstValue("Location").orElseThrow()).getPath().endsWith("/demo/auth"));
        HttpResponse<String> landing = driver.complete(login);
        assertEquals(200, landing.statusCode(), landing::body);
        assertEquals("Enhanced practice core: welcome and induction", Browser.elementText(landing.body(), "resource-title"));
        assertEquals("Tutor", Browser.elementText(landing.body(), "tool-role"));
    }

    private static String attribute(String html, String name) {
        Matcher m = Pattern.compile(name + "=\"([^\"]*)\"").matcher(html);
        assertTrue(m.find(), () -> "no " + name + " in\n" + html);
        return Browser.unescape(m.group(1));
    }

    /** The hidden fields of the demo course page's launch form for one user. */
    private static Map<String, String> formFor(String coursePage, String userId) {
        for (String form : coursePage.split("</form>")) {
            if (form.contains("id=\"launch-" + userId + "\"")) {
                return Browser.hiddenFields(form);
            }
        }
        throw new AssertionError("no launch form for " + userId);
    }
}
