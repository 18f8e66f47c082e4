package org.enhancedpractice.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import org.enhancedpractice.lti.launch.CompletedLaunch;
import org.enhancedpractice.lti.launch.LaunchService;
import org.enhancedpractice.lti.login.LoginResource;
import org.enhancedpractice.platform.ToolSettings;

/** {@code <base>/lti/launch}: the redirect URI where the platform form-posts the id_token (response_mode=form_post). */
@Path("lti/launch")
@RequestScoped
public class LaunchResource {
    @Inject LaunchService launches;
    @Inject SessionTokens tokens;
    @Inject LandingPage landing;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state,
                           @CookieParam(LoginResource.STATE_COOKIE) String browserState) {
        CompletedLaunch completed = launches.launch(idToken, state, browserState);
        SessionClaims session = LandingPage.session(completed, clock.instant().plus(settings.sessionTtl()));
        return Response.ok(landing.render(completed, tokens.issue(session)))
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .build();
    }
}
