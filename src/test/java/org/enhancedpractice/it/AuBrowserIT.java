package org.enhancedpractice.it;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.FrameLocator;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A shipped AU in real headless Chromium, through the tool: the learner launches from the test VLE's page (tool in
 * the VLE's iframe, third-party cookies blocked), opens a module, starts its knowledge check (the AU in a frame of the
 * module page), and the AU's own cmi5 client fetches its token and sends initialized, answered, passed, completed and
 * terminated to the embedded LRS; the tool then shows the unit done and the LRS holds every statement.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuBrowserIT {
    private static final LocatorAssertions.HasTextOptions WAIT = new LocatorAssertions.HasTextOptions().setTimeout(30_000);
    private static final String DEMO_LRS = "Basic " + Base64.getEncoder()
            .encodeToString("demo:demo-secret-change-me".getBytes(StandardCharsets.UTF_8));
    static TestPlatform platform;
    static Chromium chromium;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.tool();
    }

    @BeforeAll
    static void start() {
        platform = new TestPlatform(0);
        platform.clientId = "it-client-au";
        platform.deploymentId = "au-1";
        PlatformLaunchPage.install(platform);
        HttpResponse<String> registered = new LaunchDriver().register(platform, platform.registrationToken);
        assertEquals(200, registered.statusCode(), registered::body);
        chromium = Chromium.start();
    }

    @AfterAll
    static void stop() {
        chromium.close();
        platform.close();
    }

    @Test
    void learnerPassesAKnowledgeCheckAndTheLmsRecordsIt() throws Exception {
        try (Page page = chromium.newPage()) {
            List<String> console = new java.util.concurrent.CopyOnWriteArrayList<>();
            page.onConsoleMessage(m -> console.add(m.type() + ": " + m.text()));
            page.onRequestFailed(r -> console.add("failed request: " + r.method() + " " + r.url() + " " + r.failure()));
            page.onResponse(r -> {
                if (r.url().contains("/xapi/") || r.url().contains("/cmi5/")) {
                    console.add(r.request().method() + " " + r.url().replaceAll("\\?.*", "") + " -> " + r.status());
                }
            });
            page.navigate(PlatformLaunchPage.url(platform, PlatformProfile.PARENT_STORAGE, "learner-au-1", null));
            FrameLocator tool = page.frameLocator("iframe[name=tool]");
            assertThat(tool.locator("#module-list")).containsText("physiotherapy", new LocatorAssertions
                    .ContainsTextOptions().setIgnoreCase(true).setTimeout(30_000));
            tool.locator("li[data-module=physiotherapy] h3 button").click();
            Locator check = tool.locator("#unit-list li").last();
            assertThat(check).containsText("Knowledge check", new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            String auId = check.getAttribute("data-unit");
            check.locator("button").click();

            FrameLocator au = tool.frameLocator("#au-frame");
            assertThat(au.locator("html")).hasAttribute("data-ept-state", "ready",
                    new LocatorAssertions.HasAttributeOptions().setTimeout(30_000));
            List<Locator> questions = au.locator("fieldset[data-question]").all();
            assertTrue(questions.size() >= 8, "the check has its questions");
            for (Locator question : questions) {
                question.locator("input[value='" + question.getAttribute("data-correct").split(",")[0].trim() + "']").check();
            }
            au.locator("form[data-ept-check] button[type=submit]").click();
            assertThat(au.locator(".ept-result")).containsText("You passed",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));
            au.locator("[data-ept-finish]").first().click();
            // the AU waits for its judgement to be recorded, sends terminated last, then returns to the module page

            try {
                assertThat(tool.locator("li[data-unit='" + auId + "'] .status")).hasText("Done", WAIT);
            } catch (AssertionError e) {
                throw new AssertionError("browser log: " + console, e);
            }
            String registration = registrationOf(auId);
            Map<String, Long> verbs = verbsOf(registration);
            assertEquals(1L, verbs.get("http://adlnet.gov/expapi/verbs/launched"));
            assertEquals(1L, verbs.get("http://adlnet.gov/expapi/verbs/initialized"));
            assertEquals((long) questions.size(), verbs.get("http://adlnet.gov/expapi/verbs/answered"));
            assertEquals(1L, verbs.get("http://adlnet.gov/expapi/verbs/passed"));
            assertEquals(1L, verbs.get("http://adlnet.gov/expapi/verbs/completed"));
            assertEquals(1L, verbs.get("http://adlnet.gov/expapi/verbs/terminated"));
        }
    }

    /** The registration of the learner's launch of this AU, found through the LRS by the launched statement. */
    private static String registrationOf(String auId) throws Exception {
        return registrationOf(auId, "learner-au-1");
    }

    private static String registrationOf(String auId, String learner) throws Exception {
        JsonObject result = lrs("/xapi/statements?verb=" + enc("http://adlnet.gov/expapi/verbs/launched")
                + "&agent=" + enc("{\"account\":{\"homePage\":\"" + platform.issuer() + "\",\"name\":\"" + learner
                + "\"}}"));
        for (JsonValue v : result.getJsonArray("statements")) {
            JsonObject context = v.asJsonObject().getJsonObject("context");
            if (context.containsKey("registration") && context.getJsonObject("contextActivities").toString().contains(auId)) {
                return context.getString("registration");
            }
        }
        throw new AssertionError("no launched statement for " + auId + ": " + result);
    }

    private static Map<String, Long> verbsOf(String registration) throws Exception {
        JsonArray statements = lrs("/xapi/statements?limit=100&registration=" + registration).getJsonArray("statements");
        return statements.stream().map(v -> v.asJsonObject().getJsonObject("verb").getString("id"))
                .collect(Collectors.groupingBy(v -> v, Collectors.counting()));
    }

    private static JsonObject lrs(String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Deployments.baseUrl()
                + path)).header("Authorization", DEMO_LRS).header("X-Experience-API-Version", "1.0.3").build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r::body);
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
