package org.enhancedpractice.lti.login;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.enhancedpractice.lti.storage.PlatformStoragePage;
import org.enhancedpractice.lti.storage.PutDataStep;
import org.enhancedpractice.platform.ToolSettings;

/**
 * {@code <base>/lti/login}: GET (Blackboard) and form POST (Moodle, Canvas) login initiation. Answers with a redirect
 * and a state cookie, or, when the platform offers platform storage, with a page that stores the login's check
 * value there first (no cookie at all).
 */
@Path("lti/login")
@RequestScoped
public class LoginResource {
    @Inject LoginService login;
    @Inject ToolSettings settings;

    @GET
    public Response get(@QueryParam("iss") String iss, @QueryParam("login_hint") String loginHint,
                        @QueryParam("target_link_uri") String target, @QueryParam("lti_message_hint") String messageHint,
                        @QueryParam("client_id") String clientId, @QueryParam("lti_deployment_id") String deploymentId,
                        @QueryParam("lti_storage_target") String storageTarget) {
        return answer(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response post(@FormParam("iss") String iss, @FormParam("login_hint") String loginHint,
                         @FormParam("target_link_uri") String target, @FormParam("lti_message_hint") String messageHint,
                         @FormParam("client_id") String clientId, @FormParam("lti_deployment_id") String deploymentId,
                         @FormParam("lti_storage_target") String storageTarget) {
        return answer(new LoginRequest(iss, loginHint, target, messageHint, clientId, deploymentId, storageTarget));
    }

    private Response answer(LoginRequest request) {
        AuthorizationRedirect redirect = login.initiate(request);
        if (redirect.binding().usesPlatformStorage()) {
            String page = PlatformStoragePage.login(new PutDataStep(redirect.binding().storageTarget(),
                    PlatformStoragePage.origin(redirect.location()), BrowserBinding.storageKey(redirect.state()),
                    redirect.binding().storageValue(), redirect.location(), redirect.newWindowLogin()));
            return Response.ok(page).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .header(HttpHeaders.CACHE_CONTROL, "no-store").header("Referrer-Policy", "no-referrer").build();
        }
        return Response.status(Response.Status.FOUND).location(redirect.location())
                .header(HttpHeaders.SET_COOKIE, StateCookie.set(redirect.state(), settings.baseUrl(), settings.stateTtl()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }
}
