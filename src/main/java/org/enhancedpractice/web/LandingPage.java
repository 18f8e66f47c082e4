package org.enhancedpractice.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import org.enhancedpractice.lti.launch.CompletedLaunch;
import org.enhancedpractice.lti.launch.LtiLaunch;
import org.enhancedpractice.platform.Html;
import org.enhancedpractice.platform.ToolSettings;

/**
 * The page a launched user lands on. It shows who launched what in which role and proves the session works
 * without cookies: its script holds the session token in memory and asks {@code /api/session} for the recorded
 * launch with a bearer header.
 */
@ApplicationScoped
public class LandingPage {
    @Inject ToolSettings settings;
    @Inject org.enhancedpractice.content.catalogue.ContentCatalogue catalogue;

    static SessionClaims session(CompletedLaunch completed, Instant expiresAt) {
        LtiLaunch launch = completed.launch();
        return new SessionClaims(launch.registration().id().toString(), launch.deployment().deploymentId(),
                launch.deployment().tenantId().toString(), launch.subject(), launch.roles().toolRole().name(),
                launch.roles().uris(), launch.resourceLink() == null ? null : launch.resourceLink().id(),
                title(launch), launch.context() == null ? null : launch.context().title(),
                completed.launchStatementId().toString(), membershipsUrl(launch), expiresAt,
                launch.deployment().actorHomePage(), launch.context() == null ? null : launch.context().id(),
                custom(launch, "module"), custom(launch, "unit"), deepLinking(launch));
    }

    @SuppressWarnings("unchecked")
    private static String deepLinking(LtiLaunch launch) {
        return launch.claims().get(org.enhancedpractice.lti.LtiClaims.DEEP_LINKING_SETTINGS) instanceof java.util.Map<?, ?> dl
                ? org.enhancedpractice.lti.deeplinking.DeepLinkingSettings.fromClaim((java.util.Map<String, Object>) dl)
                        .toJson()
                : null;
    }

    /** A custom parameter of the placed link (LTI Core §5.4.6), as the deep-linking response set it. */
    private static String custom(LtiLaunch launch, String name) {
        if (launch.claims().get(org.enhancedpractice.lti.LtiClaims.CUSTOM) instanceof java.util.Map<?, ?> custom
                && custom.get(name) instanceof String value && !value.isBlank()) {
            return value;
        }
        return null;
    }

    /** NRPS 2.0 §3.6.1: the context's memberships URL, when the platform offers the service. */
    private static String membershipsUrl(LtiLaunch launch) {
        if (launch.claims().get(org.enhancedpractice.lti.LtiClaims.NRPS) instanceof java.util.Map<?, ?> nrps
                && nrps.get("context_memberships_url") instanceof String url) {
            return url;
        }
        return null;
    }

    String render(CompletedLaunch completed, String sessionToken) {
        LtiLaunch launch = completed.launch();
        String title = title(launch);
        String course = launch.context() == null ? null
                : (launch.context().title() != null ? launch.context().title() : launch.context().label());
        String greeting = launch.person().givenName() != null ? launch.person().givenName() : launch.person().name();
        StringBuilder body = new StringBuilder()
                .append("<h1 id=\"resource-title\">").append(Html.escape(title)).append("</h1>\n")
                .append("<p>").append(greeting == null ? "Welcome" : "Welcome, " + Html.escape(greeting)).append(". ")
                .append("You are here as <strong id=\"tool-role\">")
                .append(Html.escape(launch.roles().toolRole().label())).append("</strong>")
                .append(course == null ? "" : " in <span id=\"course-title\">" + Html.escape(course) + "</span>")
                .append(".</p>\n")
                .append("<p>Launched from ").append(Html.escape(launch.platformName()))
                .append(" (").append(Html.escape(launch.deployment().tenantName())).append(").</p>\n")
                .append("<p id=\"recorded\" aria-live=\"polite\">Checking your activity record…</p>\n")
                .append(script(sessionToken))
                .append(app(completed, sessionToken));
        return Html.page(title, body.toString());
    }

    private String script(String sessionToken) {
        return "<script>\n(function(){\n"
                + "  const session = '" + sessionToken + "';\n"
                + "  fetch('" + settings.baseUrl() + "/api/session', {headers: {'Authorization': 'Bearer ' + session}})\n"
                + "    .then(r => r.ok ? r.json() : Promise.reject(r.status))\n"
                + "    .then(s => { document.getElementById('recorded').textContent =\n"
                + "        'Your launch was recorded as learning evidence (xAPI statement ' + s.launchStatement.id + ').'; })\n"
                + "    .catch(() => { document.getElementById('recorded').textContent = 'Your session could not be checked.'; });\n"
                + "})();\n</script>";
    }

    /** The catalogue and module pages (assets/app.js), given the session token and the placed module, if any. */
    private String app(CompletedLaunch completed, String sessionToken) {
        boolean deepLinking = org.enhancedpractice.lti.LtiClaims.DEEP_LINKING_REQUEST.equals(completed.launch().messageType());
        if (completed.launch().resourceLink() == null && !deepLinking) {
            return "";
        }
        String origin = settings.baseUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
        // Placed links name the module by its course id (stable across instances); pages address it by package key.
        String module = java.util.Optional.ofNullable(custom(completed.launch(), "module"))
                .flatMap(id -> catalogue.current().byCourseId(id)).map(p -> p.key()).orElse(null);
        return "<link rel=\"stylesheet\" href=\"" + Html.escape(settings.baseUrl()) + "/assets/app.css\">\n"
                + "<div id=\"app\" aria-live=\"polite\"></div>\n<script>window.EPT={session:'" + sessionToken
                + "',base:" + jsString(settings.baseUrl()) + ",origin:" + jsString(origin) + ",role:'"
                + completed.launch().roles().toolRole().name() + "',module:"
                + (module == null ? "null" : jsString(module)) + ",unit:"
                + (custom(completed.launch(), "unit") == null ? "null" : jsString(custom(completed.launch(), "unit")))
                + ",deepLinking:" + (deepLinking ? deepLinkingView(completed.launch()) : "null") + "};</script>\n"
                + "<script src=\"" + Html.escape(settings.baseUrl()) + "/assets/app.js\" defer></script>";
    }

    /** What the picker needs to know: one item or several (the rest stays on the server side of the session). */
    @SuppressWarnings("unchecked")
    private static String deepLinkingView(LtiLaunch launch) {
        var dl = org.enhancedpractice.lti.deeplinking.DeepLinkingSettings.fromClaim(
                (java.util.Map<String, Object>) launch.claims().get(org.enhancedpractice.lti.LtiClaims.DEEP_LINKING_SETTINGS));
        return "{multiple:" + dl.acceptMultiple() + ",links:" + dl.acceptsResourceLinks() + "}";
    }

    /** A JavaScript string literal safe inside a script element (no quote, backslash or "</" can break out). */
    static String jsString(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '"' || c == '\\' || c == '<' || c == '>' || c == '&' || c < 0x20 || c == '\u2028' || c == '\u2029') {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static String title(LtiLaunch launch) {
        if (launch.resourceLink() != null && launch.resourceLink().title() != null) {
            return launch.resourceLink().title();
        }
        return launch.resourceLink() == null ? "Choose modules to add" : "Enhanced practice module";
    }
}
