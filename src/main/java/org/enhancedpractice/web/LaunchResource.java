package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.Clock;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.launch.CompletedLaunch;
import org.enhancedpractice.lti.launch.LaunchOutcome;
import org.enhancedpractice.lti.launch.LaunchService;
import org.enhancedpractice.lti.login.StateCookie;
import org.enhancedpractice.lti.storage.PlatformStoragePage;
import org.enhancedpractice.platform.ToolSettings;

/**
 * {@code <base>/lti/launch}: the redirect URI where the platform form-posts the id_token (response_mode=form_post),
 * and {@code <base>/lti/launch/platform-storage}, where the tool's own launch page posts what it read back from
 * platform storage.
 */
@Path("lti/launch")
@RequestScoped
public class LaunchResource {
    @Inject LaunchService launches;
    @Inject SessionTokens tokens;
    @Inject LandingPage landing;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    @Context HttpHeaders headers;

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    public Response launch(@FormParam("id_token") String idToken, @FormParam("state") String state) {
        LaunchOutcome outcome = launches.launch(idToken, state, stateCookie(state));
        Response.ResponseBuilder response;
        if (outcome instanceof LaunchOutcome.Completed completed) {
            response = landing(completed.launch());
        } else if (outcome instanceof LaunchOutcome.AwaitingPlatformStorage storage) {
            response = html(200, PlatformStoragePage.launch(storage.step()));
        } else {
            LaunchOutcome.NeedsNewWindow newWindow = (LaunchOutcome.NeedsNewWindow) outcome;
            response = html(LtiError.LAUNCH_BROWSER_NOT_BOUND.status(), NewWindowPage.render(newWindow.newWindowLogin()));
        }
        return withClearedCookie(response, state).build();
    }

    /**
     * JSON only, so a page on another site cannot post here with a plain form (that would need a CORS preflight the
     * tool never grants); a browser's {@code Sec-Fetch-Site} must also say the tool's own page sent it.
     */
    @POST
    @Path("platform-storage")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.TEXT_HTML)
    public Response platformStorage(String body, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        if (fetchSite != null && !"same-origin".equals(fetchSite)) {
            throw LtiError.LAUNCH_STATE_MISMATCH.problem("The platform-storage answer did not come from the tool's page.");
        }
        JsonObject answer = parse(body);
        return landing(launches.completeFromPlatformStorage(answer.getString("id_token", null),
                answer.getString("state", null), answer.getString("value", null), answer.getString("error", null)))
                .build();
    }

    private Response.ResponseBuilder landing(CompletedLaunch completed) {
        SessionClaims session = LandingPage.session(completed, clock.instant().plus(settings.sessionTtl()));
        return html(200, landing.render(completed, tokens.issue(session)));
    }

    private static Response.ResponseBuilder html(int status, String page) {
        return Response.status(status).entity(page).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer");
    }

    private String stateCookie(String state) {
        if (state == null || state.isBlank()) {
            return null;
        }
        Cookie cookie = headers.getCookies().get(StateCookie.name(state));
        return cookie == null ? null : cookie.getValue();
    }

    private Response.ResponseBuilder withClearedCookie(Response.ResponseBuilder response, String state) {
        return stateCookie(state) == null ? response
                : response.header(HttpHeaders.SET_COOKIE, StateCookie.clear(state, settings.baseUrl()));
    }

    private static JsonObject parse(String body) {
        try {
            return JSON.createReader(new StringReader(body == null ? "" : body)).readObject();
        } catch (JsonException | ClassCastException e) {
            throw LtiError.LAUNCH_MISSING_PARAMETER.problem("The platform-storage answer is not a JSON object.");
        }
    }
}
