package org.enhancedpractice.lti.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.enhancedpractice.platform.ToolSettings;

/** {@code <base>/lti/login}: GET (Blackboard) and form POST (Moodle) login initiation. */
@Path("lti/login")
@RequestScoped
public class LoginResource {
    /** Binds the state to the browser where the browser keeps third-party cookies; see docs/lti.md. */
    public static final String STATE_COOKIE = "ept_lti_state";

    @Inject LoginService login;
    @Inject ToolSettings settings;

    @GET
    public Response get(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                        @QueryParam("target_link_uri") String target, @QueryParam("lti_message_hint") String messageHint,
                        @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId,
                        @QueryParam("lti_storage_target") String storageTarget) {
        return redirect(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                         @FormParam("target_link_uri") String target, @FormParam("lti_message_hint") String messageHint,
                         @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deploymentId,
                         @FormParam("lti_storage_target") String storageTarget) {
        return redirect(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    private Response redirect(LoginRequest request) {
        AuthorizationRedirect redirect = login.initiate(request);
        boolean secure = settings.baseUrl().startsWith("https:");
        NewCookie cookie = new NewCookie.Builder(STATE_COOKIE).value(redirect.state()).path(java.net.URI.create(settings.baseUrl()).getPath() + "/lti/launch")
                .maxAge((int) settings.stateTtl().toSeconds()).httpOnly(true).secure(secure)
                .sameSite(secure ? NewCookie.SameSite.NONE : NewCookie.SameSite.LAX).build();
        return Response.status(Response.Status.FOUND).location(redirect.location()).cookie(cookie)
                .header("Cache-Control", "no-store").build();
    }
}
