package org.enhancedpractice.it;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The platform's course page for browser tests, served from the test platform's origin (127.0.0.1, another site than
 * the tool on localhost): the tool in an iframe named {@code tool}, a login form submitted into it as the given
 * {@link PlatformProfile} would, and platform storage answered the way lti-cs-pm / lti-pm-s v0.1 describe: in the
 * page itself ({@code _parent}) or in a hidden {@code post_message_forwarding} frame (Canvas). Every storage message
 * is logged in {@code window.platformLog} as "subject origin".
 * <p>
 * {@code /platform/launch?profile=CANVAS&user=learner-7[&storage=tamper|silent]}: {@code tamper} answers
 * {@code lti.get_data} with another login's value, {@code silent} never answers (a platform that announces storage
 * but does not keep it), {@code foreign} serves the forwarding frame from another origin than the platform's. {@code /platform/frame?src=URL} embeds any URL, for cookie probes.
 */
public final class PlatformLaunchPage {
    private final TestPlatform platform;

    private PlatformLaunchPage(TestPlatform platform) {
        this.platform = platform;
    }

    public static void install(TestPlatform platform) {
        PlatformLaunchPage page = new PlatformLaunchPage(platform);
        platform.handle("/platform/launch", page::launch);
        platform.handle("/platform/forwarder", page::forwarder);
        platform.handle("/platform/frame", ex -> respond(ex, "<iframe name=\"probe\" src=\""
                + escape(Browser.query(ex.getRequestURI()).get("src")) + "\"></iframe>"));
    }

    public static String url(TestPlatform platform, PlatformProfile profile, String user, String storageBehaviour) {
        return platform.issuer() + "/platform/launch?profile=" + profile + "&user=" + user
                + (storageBehaviour == null ? "" : "&storage=" + storageBehaviour);
    }

    private void launch(HttpExchange ex) throws IOException {
        Map<String, String> q = Browser.query(ex.getRequestURI());
        PlatformProfile profile = PlatformProfile.valueOf(q.get("profile"));
        String behaviour = q.getOrDefault("storage", "keep");
        boolean forwarding = profile.storageTarget != null && !"_parent".equals(profile.storageTarget);
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><title>Test VLE course</title></head><body>")
                .append("<h1>ECP cohort 2026</h1>").append(loginForm(profile, q.get("user")));
        if (forwarding) {
            // "foreign": the forwarding frame comes from another origin (localhost instead of 127.0.0.1)
            String forwarder = "foreign".equals(behaviour)
                    ? platform.issuer().replace("127.0.0.1", "localhost") + "/platform/forwarder?storage=keep"
                    : "/platform/forwarder?storage=" + behaviour;
            html.append("<iframe name=\"").append(profile.storageTarget).append("\" src=\"").append(forwarder)
                    .append("\" hidden></iframe>");
        }
        html.append("<iframe name=\"tool\" id=\"tool\" width=\"1000\" height=\"700\"></iframe><script>\n")
                .append("window.platformLog = [];\n")
                .append(storageScript(behaviour, profile.storageTarget != null && !forwarding,
                        forwarding ? profile.storageTarget : null))
                .append("window.addEventListener('load', function () { document.getElementById('login').submit(); });\n")
                .append("</script></body></html>");
        respond(ex, html.toString());
    }

    private String loginForm(PlatformProfile profile, String user) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("iss", platform.issuer());
        params.put("login_hint", user);
        params.put("target_link_uri", Deployments.baseUrl() + "/lti/launch");
        params.put("lti_message_hint", "{\"cmid\":7}");
        params.put("client_id", platform.clientId);
        if (profile.sendsDeploymentId) {
            params.put("lti_deployment_id", platform.deploymentId);
        }
        if (profile.storageTarget != null) {
            params.put("lti_storage_target", profile.storageTarget);
        }
        StringBuilder form = new StringBuilder("<form id=\"login\" target=\"tool\" method=\"")
                .append(profile.postLogin ? "post" : "get").append("\" action=\"")
                .append(Deployments.baseUrl()).append("/lti/login\">");
        params.forEach((k, v) -> form.append("<input type=\"hidden\" name=\"").append(k).append("\" value=\"")
                .append(escape(v)).append("\">"));
        return form.append("</form>").toString();
    }

    /** Canvas' forwarding frame: stores and returns data for the tool, logging into the parent page. */
    private void forwarder(HttpExchange ex) throws IOException {
        String behaviour = Browser.query(ex.getRequestURI()).getOrDefault("storage", "keep");
        respond(ex, "<!DOCTYPE html><html><body><script>\n"
                + "try { window.platformLog = parent.platformLog; } catch (e) { window.platformLog = []; }\n"
                + storageScript(behaviour, true, null) + "</script></body></html>");
    }

    /**
     * The platform side of lti-cs-pm / lti-pm-s: answers capabilities (naming {@code frame} when storage lives in a
     * frame), and stores data per tool origin, replying to the sender at its own origin.
     */
    private static String storageScript(String behaviour, boolean answersStorage, String frame) {
        if ("silent".equals(behaviour)) {
            return "";
        }
        String frameField = frame == null ? "" : ", frame: '" + frame + "'";
        return "var store = {};\n"
                + "window.addEventListener('message', function (event) {\n"
                + "  var d = event.data; if (!d || typeof d !== 'object') { return; }\n"
                + "  var reply = {message_id: d.message_id};\n"
                + "  if (d.subject === 'lti.capabilities') {\n"
                + "    reply.subject = 'lti.capabilities.response';\n"
                + "    reply.supported_messages = [{subject: 'lti.capabilities'}, {subject: 'lti.put_data'" + frameField
                + "}, {subject: 'lti.get_data'" + frameField + "}];\n"
                + "  } else if (" + answersStorage + " && d.subject === 'lti.put_data') {\n"
                + "    store[event.origin + ' ' + d.key] = d.value;\n"
                + "    reply.subject = 'lti.put_data.response'; reply.key = d.key; reply.value = d.value;\n"
                + "  } else if (" + answersStorage + " && d.subject === 'lti.get_data') {\n"
                + "    reply.subject = 'lti.get_data.response'; reply.key = d.key;\n"
                + "    reply.value = " + "tamper".equals(behaviour) + " ? 'value-of-another-login' : store[event.origin + ' ' + d.key];\n"
                + "  } else { return; }\n"
                + "  window.platformLog.push(d.subject + ' ' + event.origin);\n"
                + "  event.source.postMessage(reply, event.origin);\n"
                + "});\n";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void respond(HttpExchange ex, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
        ex.sendResponseHeaders(200, bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }
}
