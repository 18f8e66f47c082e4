package org.enhancedpractice.lti.storage;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.platform.Html;

/**
 * The two small pages of a platform-storage launch. Both carry their data as HTML-safe JSON in a
 * {@code <script type="application/json">} block read by one shared script (platform-storage.js), so no value
 * is ever spliced into script source.
 */
public final class PlatformStoragePage {
    /** How long a page waits for the platform in all; mobile apps may announce storage and never answer. */
    public static final Duration TIMEOUT = Duration.ofSeconds(5);
    /** How long to wait for {@code lti.capabilities} before trying the named target anyway. */
    static final Duration CAPABILITIES_WAIT = Duration.ofMillis(1500);
    static final String SCRIPT = load("platform-storage.js");

    private PlatformStoragePage() {
    }

    /** The login answer: store the value, then continue to the platform's authorization endpoint. */
    public static String login(PutDataStep step) {
        JsonObject config = common("put", step.target(), step.platformOrigin(), step.key())
                .add("value", step.value())
                .add("authorizationUrl", step.authorizationUrl().toString())
                .build();
        String failed = "<div id=\"storage-failed\" hidden>\n<p>The tool can also open in a window of its own, "
                + "where it does not need your VLE's help.</p>\n<p><a class=\"button\" id=\"new-window\" href=\""
                + Html.escape(step.newWindowLogin().toString()) + "\" target=\"_blank\" rel=\"noopener\">"
                + "Open in a new window</a></p>\n<p class=\"code\">Error code: <code id=\"error-code\">"
                + LtiError.LOGIN_STORAGE_UNAVAILABLE.code() + "</code></p>\n</div>\n";
        return page("Signing in", failed, config);
    }

    /** The launch answer: read the value back and hand it, with the id_token and state, to the tool. */
    public static String launch(GetDataStep step) {
        JsonObject config = common("get", step.target(), step.platformOrigin(), step.key())
                .add("idToken", step.idToken())
                .add("state", step.state())
                .add("completeUrl", step.completeUrl().toString())
                .build();
        return page("Signing in", "", config);
    }

    private static JsonObjectBuilder common(String stepName, String target, String platformOrigin, String key) {
        return JSON.createObjectBuilder()
                .add("step", stepName)
                .add("target", target)
                .add("platformOrigin", platformOrigin)
                .add("key", key)
                .add("timeoutMs", TIMEOUT.toMillis())
                .add("capabilitiesMs", CAPABILITIES_WAIT.toMillis());
    }

    private static String page(String title, String extra, JsonObject config) {
        return Html.page(title, "<h1>Signing you in</h1>\n<p id=\"storage-status\" aria-live=\"polite\">"
                + "Checking with your VLE…</p>\n" + extra
                + "<script type=\"application/json\" id=\"ept-storage\">" + htmlSafe(config.toString()) + "</script>\n"
                + "<script>\n" + SCRIPT + "</script>");
    }

    /** The origin of a URL as browsers serialise it in {@code event.origin} (RFC 6454 §6.1: no default port). */
    public static String origin(java.net.URI url) {
        String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
        int port = url.getPort();
        boolean defaultPort = port == -1 || "https".equals(scheme) && port == 443 || "http".equals(scheme) && port == 80;
        return scheme + "://" + url.getHost().toLowerCase(java.util.Locale.ROOT) + (defaultPort ? "" : ":" + port);
    }

    /** JSON that cannot end its script element: the characters HTML cares about become JSON escapes. */
    static String htmlSafe(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }

    private static String load(String name) {
        try (InputStream in = PlatformStoragePage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is missing from the tool's classes");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
