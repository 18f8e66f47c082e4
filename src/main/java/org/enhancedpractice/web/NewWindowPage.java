package org.enhancedpractice.web;

import java.net.URI;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.platform.Html;

/**
 * What a learner sees inside the VLE when the browser dropped the tool's sign-in cookie (third-party cookies blocked
 * and no platform storage offered): the reason, the stable code, and a link that starts the same login in a window
 * of its own, where the cookie is first-party (ADR 0005).
 */
final class NewWindowPage {
    private NewWindowPage() {
    }

    static String render(URI newWindowLogin) {
        LtiError error = LtiError.LAUNCH_BROWSER_NOT_BOUND;
        return Html.page(error.title(), "<h1>" + Html.escape(error.title()) + "</h1>\n"
                + "<p>Your browser blocks cookies for tools shown inside your VLE's page, so the tool cannot confirm that "
                + "this sign-in started in this browser. Nothing was opened.</p>\n"
                + "<p>The tool works in a window of its own:</p>\n"
                + "<p><a class=\"button\" id=\"new-window\" href=\"" + Html.escape(newWindowLogin.toString())
                + "\" target=\"_blank\" rel=\"noopener\">Open in a new window</a></p>\n"
                + "<p class=\"code\">Error code: <code id=\"error-code\">" + error.code() + "</code> (HTTP "
                + error.status() + ")</p>\n"
                + "<p>If this keeps happening, tell your VLE administrator the error code and the time.</p>");
    }
}
