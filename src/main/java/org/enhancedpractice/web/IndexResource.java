package org.enhancedpractice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.enhancedpractice.platform.Html;
import org.enhancedpractice.platform.ToolSettings;

/** The tool's home page: what it is and the URLs a VLE administrator needs. */
@Path("")
@RequestScoped
public class IndexResource {
    @Inject ToolSettings settings;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String index() {
        String base = settings.baseUrl();
        String demo = settings.isDefaultMode()
                ? "<p><a class=\"button\" href=\"" + Html.escape(base) + "/demo\">Try it with the built-in demo platform</a></p>\n"
                : "";
        return Html.page("Enhanced Practice Tool", "<h1>Enhanced Practice Tool</h1>\n"
                + "<p>An LTI 1.3 tool delivering blended enhanced-practice modules for Allied Health Professionals, "
                + "recording every activity as xAPI apprenticeship evidence.</p>\n" + demo
                + "<h2>For VLE administrators</h2>\n<dl>"
                + "<dt>Dynamic registration URL</dt><dd><code>" + Html.escape(base) + "/lti/register</code></dd>"
                + "<dt>Login initiation URL</dt><dd><code>" + Html.escape(base) + "/lti/login</code></dd>"
                + "<dt>Redirect (launch) URL</dt><dd><code>" + Html.escape(base) + "/lti/launch</code></dd>"
                + "<dt>Public keyset URL</dt><dd><code>" + Html.escape(base) + "/lti/jwks</code></dd></dl>\n"
                + "<p>See docs/lti.md for Moodle and Blackboard Learn set-up.</p>");
    }
}
