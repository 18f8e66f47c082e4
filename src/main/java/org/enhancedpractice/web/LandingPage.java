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

    static SessionClaims session(CompletedLaunch completed, Instant expiresAt) {
        LtiLaunch launch = completed.launch();
        return new SessionClaims(launch.registration().id().toString(), launch.deployment().deploymentId(),
                launch.deployment().tenantId().toString(), launch.subject(), launch.roles().toolRole().name(),
                launch.roles().uris(), launch.resourceLink() == null ? null : launch.resourceLink().id(),
                title(launch), launch.context() == null ? null : launch.context().id(),
                launch.context() == null ? null : launch.context().title(),
                completed.launchStatementId().toString(), membershipsUrl(launch), expiresAt);
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
                .append(script(sessionToken));
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

    private static String title(LtiLaunch launch) {
        if (launch.resourceLink() != null && launch.resourceLink().title() != null) {
            return launch.resourceLink().title();
        }
        return launch.resourceLink() == null ? "Choose modules to add" : "Enhanced practice module";
    }
}
