package org.enhancedpractice.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Launches without third-party cookies (issue 3; ADR 0005) in real headless Chromium: the platform's course page is
 * served from 127.0.0.1, the tool from localhost (another site), the tool inside the platform's iframe, third-party
 * cookies blocked. The HTTP-level cases pin the server-side rules: state modes, cookie attributes, single use and the
 * codes of refused launches.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CookielessLaunchIT {
    private static final String TITLE = "Occupational therapy: complex discharge planning";
    private static final LocatorAssertions.HasTextOptions WAIT = new LocatorAssertions.HasTextOptions().setTimeout(20_000);

    static TestPlatform platform;
    static Chromium chromium;
    static Chromium noCookiesInFrames;
    static CookieProbe cookieProbe;
    private final LaunchDriver driver = new LaunchDriver();
    private final String base = Deployments.baseUrl();

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @BeforeAll
    static void start() {
        platform = new TestPlatform(0);
        platform.clientId = "it-client-cookieless";
        platform.deploymentId = "cookieless-1";
        PlatformLaunchPage.install(platform);
        cookieProbe = new CookieProbe();
        chromium = Chromium.start();
        noCookiesInFrames = Chromium.startBlockingCookiesOf("localhost", "127.0.0.1");
    }

    @AfterAll
    static void stop() {
        chromium.close();
        noCookiesInFrames.close();
        cookieProbe.close();
        platform.close();
    }

    // --- real Chromium -----------------------------------------------------------------------------------------

    @Test
    void thirdPartyCookiesAreBlockedInsideThePlatformsIframe() {
        try (Page page = chromium.newPage()) {
            page.navigate(platform.issuer() + "/platform/frame?src="
                    + URLEncoder.encode(cookieProbe.setUrl(), StandardCharsets.UTF_8));
            assertThat(page.frameLocator("iframe[name=probe]").locator("#cookie")).hasText("none", WAIT);
            page.navigate(cookieProbe.setUrl());
            assertThat(page.locator("#cookie")).hasText("probe=1", WAIT);
        }
    }

    @Test
    void launchCompletesThroughPlatformStorageInCanvasForwardingFrame() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.CANVAS, "learner-7", null));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            assertThat(tool.locator("#resource-title")).hasText(TITLE, WAIT);
            assertThat(tool.locator("#tool-role")).hasText("Learner", WAIT);
            assertThat(tool.locator("#recorded")).containsText("xAPI statement",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            List<?> log = (List<?>) page.evaluate("() => window.platformLog");
            assertTrue(log.contains("lti.put_data " + base) && log.contains("lti.get_data " + base), log::toString);
            assertTrue(chromium.context().cookies(base).stream().noneMatch(c -> c.name.startsWith("ept_lti_state_")),
                    "no state cookie in platform-storage mode");
        }
    }

    @Test
    void launchCompletesThroughPlatformStorageInTheParentWindow() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.PARENT_STORAGE, "learner-8", null));
            assertThat(page.frameLocator("iframe[name=tool]").locator("#resource-title")).hasText(TITLE, WAIT);
            List<?> log = (List<?>) page.evaluate("() => window.platformLog");
            assertTrue(log.contains("lti.capabilities " + base) && log.contains("lti.get_data " + base), log::toString);
        }
    }

    @Test
    void anotherLoginsStorageValueRefusesTheLaunch() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.CANVAS, "learner-9", "tamper"));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            assertThat(tool.locator("#error-code")).hasText("launch_storage_mismatch", WAIT);
            assertThat(tool.locator("#resource-title")).hasCount(0);
        }
    }

    @Test
    void platformThatNeverAnswersStorageGetsTheNewWindowOffer() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.PARENT_STORAGE, "learner-10", "silent"));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            Locator offer = tool.locator("#storage-failed");
            assertThat(offer).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(tool.locator("#error-code")).hasText("login_storage_unavailable", WAIT);
            assertThat(tool.locator("#storage-status")).containsText("timeout");
        }
    }

    @Test
    void storageFrameOfAnotherOriginThanThePlatformsIsNotUsed() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.CANVAS, "learner-13", "foreign"));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            assertThat(tool.locator("#storage-failed")).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
            assertThat(tool.locator("#error-code")).hasText("login_storage_unavailable");
            assertThat(tool.locator("#resource-title")).hasCount(0);
        }
    }

    @Test
    void withoutPlatformStorageChromiumKeepsThePartitionedStateCookie() {
        registered();
        try (Page page = chromium.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.BLACKBOARD, "learner-11", null));
            assertThat(page.frameLocator("iframe[name=tool]").locator("#resource-title")).hasText(TITLE, WAIT);
        }
    }

    @Test
    void withoutPlatformStorageOrCookiesTheToolOffersANewWindowWhereTheLaunchCompletes() {
        registered();
        try (Page page = noCookiesInFrames.newPage()) {
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.MOODLE, "learner-12", null));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            assertThat(tool.locator("#error-code")).hasText("launch_browser_not_bound", WAIT);
            Page window = noCookiesInFrames.context().waitForPage(() -> tool.locator("#new-window").click());
            assertThat(window.locator("#resource-title")).hasText(TITLE, WAIT);
            assertThat(window.locator("#tool-role")).hasText("Learner", WAIT);
            window.close();
        }
    }

    // --- HTTP-level rules --------------------------------------------------------------------------------------

    @Test
    void moodleAndBlackboardLoginsRedirectWithAPartitionedStateCookie() {
        registered();
        for (PlatformProfile profile : List.of(PlatformProfile.MOODLE, PlatformProfile.BLACKBOARD)) {
            HttpResponse<String> login = driver.login(platform, profile, "learner-20");
            assertEquals(302, login.statusCode(), login::body);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            String state = LaunchDriver.authenticationRequest(login).get("state");
            assertTrue(cookie.startsWith("ept_lti_state_" + state.substring(0, 16) + "=" + state + ";"), cookie);
            for (String attribute : List.of("Path=/lti", "Max-Age=300", "HttpOnly", "Secure", "SameSite=None", "Partitioned")) {
                assertTrue(List.of(cookie.split("; ")).contains(attribute), () -> profile + " lacks " + attribute + ": " + cookie);
            }
        }
    }

    @Test
    void canvasLoginAnswersWithAStoragePageAndSetsNoCookie() {
        registered();
        HttpResponse<String> login = driver.login(platform, PlatformProfile.CANVAS, "learner-21");
        assertEquals(200, login.statusCode(), login::body);
        assertTrue(login.headers().allValues("Set-Cookie").isEmpty(), () -> login.headers().toString());
        assertEquals("no-store", login.headers().firstValue("Cache-Control").orElse(""));
        JsonObject config = LaunchDriver.platformStorageConfig(login.body());
        assertEquals("put", config.getString("step"));
        assertEquals("post_message_forwarding", config.getString("target"));
        assertEquals(platform.issuer(), config.getString("platformOrigin"));
        assertTrue(config.getString("key").startsWith("state_"));
        assertTrue(config.getString("authorizationUrl").startsWith(platform.issuer() + "/auth?"));
    }

    @Test
    void cookieLoginWithoutItsCookieOffersANewWindowAndUsesTheStateUp() {
        registered();
        HttpResponse<String> login = driver.login(platform, PlatformProfile.MOODLE, "learner-22");
        Map<String, String> auth = LaunchDriver.authenticationRequest(login);
        String stateCookie = "ept_lti_state_" + auth.get("state").substring(0, 16);
        assertEquals(auth.get("state"), driver.cookies().get(stateCookie));
        driver.forgetCookies();
        HttpResponse<String> form = driver.browser().get(login.headers().firstValue("Location").orElseThrow());
        Map<String, String> idTokenForm = Browser.hiddenFields(form.body());
        HttpResponse<String> refused = driver.launch(idTokenForm.get("id_token"), auth.get("state"));
        assertEquals(403, refused.statusCode(), refused::body);
        assertEquals("launch_browser_not_bound", Browser.elementText(refused.body(), "error-code"));
        String newWindow = Browser.unescape(attribute(refused.body(), "new-window", "href"));
        assertTrue(newWindow.startsWith(base + "/lti/login?iss=" + URLEncoder.encode(platform.issuer(), StandardCharsets.UTF_8)
                + "&login_hint=learner-22&"), newWindow);
        assertTrue(newWindow.contains("lti_deployment_id=cookieless-1") && !newWindow.contains("lti_storage_target"), newWindow);

        HttpResponse<String> retried = driver.browser().send(HttpRequest.newBuilder(URI.create(base + "/lti/launch"))
                .header("Accept", "text/html").header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", stateCookie + "=" + auth.get("state"))
                .POST(HttpRequest.BodyPublishers.ofString(Browser.encode(idTokenForm))).build());
        assertEquals("launch_unknown_state", Browser.elementText(retried.body(), "error-code"), "used up, even unbound");

        HttpResponse<String> relaunched = driver.browser().get(newWindow);
        assertEquals(302, relaunched.statusCode(), relaunched::body);
        HttpResponse<String> landing = driver.complete(relaunched);
        assertEquals(200, landing.statusCode(), landing::body);
        assertEquals(TITLE, Browser.elementText(landing.body(), "resource-title"));
    }

    @Test
    void platformStorageLaunchChecksTheReadBackValueOnce() {
        registered();
        StorageLaunch first = startStorageLaunch("learner-23");
        HttpResponse<String> wrong = postStorageAnswer(first, "value-of-another-login", "same-origin");
        assertEquals(400, wrong.statusCode(), wrong::body);
        assertEquals("launch_storage_mismatch", Browser.elementText(wrong.body(), "error-code"));
        HttpResponse<String> late = postStorageAnswer(first, first.value(), "same-origin");
        assertEquals("launch_unknown_state", Browser.elementText(late.body(), "error-code"), "refused launches use the state up");

        StorageLaunch second = startStorageLaunch("learner-24");
        HttpResponse<String> landing = postStorageAnswer(second, second.value(), "same-origin");
        assertEquals(200, landing.statusCode(), landing::body);
        assertEquals(TITLE, Browser.elementText(landing.body(), "resource-title"));
    }

    @Test
    void platformStorageAnswerIsAcceptedOnlyAsJsonFromTheToolsOwnPage() {
        registered();
        StorageLaunch launch = startStorageLaunch("learner-25");
        HttpResponse<String> crossSite = postStorageAnswer(launch, launch.value(), "cross-site");
        assertEquals(400, crossSite.statusCode());
        assertEquals("launch_state_mismatch", Browser.elementText(crossSite.body(), "error-code"));
        HttpResponse<String> plainForm = driver.browser().postForm(base + "/lti/launch/platform-storage",
                Map.of("id_token", launch.idToken(), "state", launch.state(), "value", launch.value()));
        assertEquals(415, plainForm.statusCode(), "a cross-site form cannot post here");
        assertEquals(200, postStorageAnswer(launch, launch.value(), null).statusCode(), "the state survived both");
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private record StorageLaunch(String idToken, String state, String value) {
    }

    /** Login as Canvas, then the platform's form post: the tool answers with its get_data page, state untouched. */
    private StorageLaunch startStorageLaunch(String user) {
        JsonObject put = LaunchDriver.platformStorageConfig(driver.login(platform, PlatformProfile.CANVAS, user).body());
        HttpResponse<String> authForm = driver.browser().get(put.getString("authorizationUrl"));
        Map<String, String> fields = Browser.hiddenFields(authForm.body());
        HttpResponse<String> getPage = driver.launch(fields.get("id_token"), fields.get("state"));
        assertEquals(200, getPage.statusCode(), getPage::body);
        JsonObject get = LaunchDriver.platformStorageConfig(getPage.body());
        assertEquals("get", get.getString("step"));
        assertEquals(put.getString("key"), get.getString("key"));
        assertEquals(base + "/lti/launch/platform-storage", get.getString("completeUrl"));
        return new StorageLaunch(get.getString("idToken"), get.getString("state"), put.getString("value"));
    }

    private HttpResponse<String> postStorageAnswer(StorageLaunch launch, String value, String fetchSite) {
        String body = Json.createObjectBuilder().add("id_token", launch.idToken()).add("state", launch.state())
                .add("value", value).build().toString();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + "/lti/launch/platform-storage"))
                .header("Content-Type", "application/json").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (fetchSite != null) {
            request.header("Sec-Fetch-Site", fetchSite);
        }
        return driver.browser().send(request.build());
    }

    private static String attribute(String html, String id, String name) {
        Matcher m = Pattern.compile("<[^>]*id=\"" + Pattern.quote(id) + "\"[^>]*>").matcher(html);
        assertTrue(m.find(), () -> "no element " + id + " in\n" + html);
        Matcher a = Pattern.compile(name + "=\"([^\"]*)\"").matcher(m.group());
        assertTrue(a.find(), m::group);
        return a.group(1);
    }

    /** Dynamic registration of the platform, once whichever test runs first. */
    private void registered() {
        synchronized (CookielessLaunchIT.class) {
            if (platform.registrationRequests.isEmpty()) {
                HttpResponse<String> registered = driver.register(platform, platform.registrationToken);
                assertEquals(200, registered.statusCode(), registered::body);
            }
        }
    }
}
