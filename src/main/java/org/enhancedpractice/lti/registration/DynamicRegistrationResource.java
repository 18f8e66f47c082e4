package org.enhancedpractice.lti.registration;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.platform.Html;

/** {@code GET <base>/lti/register}: the URL a platform administrator pastes into the VLE. */
@Path("lti/register")
@RequestScoped
public class DynamicRegistrationResource {
    @Inject DynamicRegistrationService registrations;

    @GET
    @Produces(MediaType.TEXT_HTML + ";charset=utf-8")
    public String register(@QueryParam("openid_configuration") String openidConfiguration,
                           @QueryParam("registration_token") String registrationToken) {
        DynamicRegistrationService.RegistrationOutcome outcome =
                registrations.register(openidConfiguration, registrationToken);
        return closePage(outcome);
    }

    /** Dynamic Registration 1.0 §3.7: tell the opener or parent window that registration has ended. */
    static String closePage(DynamicRegistrationService.RegistrationOutcome outcome) {
        Registration registration = outcome.registration();
        String status = registration.isActive()
                ? "The registration is active: learners can launch the tool once your platform has enabled it."
                : "The registration is waiting for approval by the tool's administrator.";
        return Html.page("Registered", "<h1>Enhanced Practice Tool registered</h1>\n"
                + "<p id=\"registration-status\" data-status=\"" + registration.status() + "\">" + Html.escape(status) + "</p>\n"
                + "<dl><dt>Platform</dt><dd>" + Html.escape(registration.issuer()) + "</dd>"
                + "<dt>Client ID</dt><dd id=\"client-id\">" + Html.escape(registration.clientId()) + "</dd>"
                + "<dt>Deployment ID</dt><dd id=\"deployment-id\">" + Html.escape(outcome.deploymentId()) + "</dd></dl>\n"
                + "<p><button type=\"button\" id=\"close\">Close</button></p>\n"
                + "<script>\n(function(){\n"
                + "  function close(){ (window.opener || window.parent).postMessage({subject: 'org.imsglobal.lti.close'}, '*'); }\n"
                + "  document.getElementById('close').addEventListener('click', close);\n"
                + "  if (window.opener || window.parent !== window) { setTimeout(close, 1500); }\n"
                + "})();\n</script>");
    }
}
