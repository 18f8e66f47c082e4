package org.enhancedpractice.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.enhancedpractice.platform.Html;
import org.enhancedpractice.platform.ToolSettings;

/** HTML of the demo VLE: the registration step, the course page, and the auto-submitted authentication response. */
@ApplicationScoped
public class DemoPages {
    @Inject ToolSettings settings;
    @Inject DemoPlatform platform;

    String register(String registrationToken) {
        String url = settings.baseUrl() + "/lti/register?openid_configuration="
                + enc(platform.issuer() + "/.well-known/openid-configuration") + "&registration_token=" + enc(registrationToken);
        return Html.page("Demo VLE", "<h1>Demo VLE</h1>\n"
                + "<p>This built-in demo platform is registering itself with the tool through LTI Dynamic Registration, "
                + "exactly as a university's Moodle would. The page reloads when it is done.</p>\n"
                + "<iframe id=\"registration\" title=\"Tool registration\" src=\"" + Html.escape(url)
                + "\" data-registration-url=\"" + Html.escape(url) + "\" style=\"width:100%;height:16rem;border:1px solid #999\"></iframe>\n"
                + "<script>window.addEventListener('message', function(e){ if (e.origin === window.location.origin && e.data"
                + " && e.data.subject === 'org.imsglobal.lti.close') { window.location.reload(); } });</script>");
    }

    String course(DemoRegistration registration) {
        StringBuilder forms = new StringBuilder();
        for (DemoUser user : DemoUser.ALL) {
            forms.append("<form method=\"post\" action=\"").append(Html.escape(registration.toolLoginUri()))
                    .append("\" target=\"tool\">")
                    .append(hidden("iss", platform.issuer()))
                    .append(hidden("login_hint", user.id()))
                    .append(hidden("target_link_uri", settings.baseUrl() + "/lti/launch"))
                    .append(hidden("lti_message_hint", DemoPlatform.RESOURCE_LINK_ID))
                    .append(hidden("client_id", registration.clientId()))
                    .append(hidden("lti_deployment_id", registration.deploymentId()))
                    .append("<button type=\"submit\" id=\"launch-").append(Html.escape(user.id())).append("\">Launch as ")
                    .append(Html.escape(user.name())).append(" (").append(Html.escape(user.description()))
                    .append(")</button></form>\n");
        }
        return Html.page("Demo VLE", "<h1>" + Html.escape(DemoPlatform.COURSE_TITLE) + "</h1>\n"
                + "<p>Activity: <strong>" + Html.escape(DemoPlatform.RESOURCE_LINK_TITLE) + "</strong> (LTI 1.3 link). "
                + "Choose who to be:</p>\n" + forms
                + "<iframe name=\"tool\" title=\"Enhanced Practice Tool\" style=\"width:100%;height:24rem;border:1px solid #999\"></iframe>");
    }

    String formPost(String redirectUri, String idToken, String state) {
        return Html.page("Signing in", "<p>Returning to the tool…</p>\n"
                + "<form id=\"auth-response\" method=\"post\" action=\"" + Html.escape(redirectUri) + "\">"
                + hidden("id_token", idToken) + hidden("state", state)
                + "<noscript><button type=\"submit\">Continue</button></noscript></form>\n"
                + "<script>document.getElementById('auth-response').submit();</script>");
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + Html.escape(name) + "\" value=\"" + Html.escape(value) + "\">";
    }

    private static String enc(String value) {
        return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
    }
}
