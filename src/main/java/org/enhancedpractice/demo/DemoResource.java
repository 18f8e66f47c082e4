package org.enhancedpractice.demo;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import org.enhancedpractice.platform.Problem;

/** The demo platform's HTTP face: pages for the visitor and the platform endpoints the tool calls. */
@Path("demo")
@RequestScoped
public class DemoResource {
    private static final String HTML = MediaType.TEXT_HTML + ";charset=utf-8";

    @Inject DemoPlatform platform;
    @Inject DemoPlatformState state;
    @Inject DemoPages pages;

    @GET
    @Produces(HTML)
    public String home() {
        platform.requireEnabled();
        DemoRegistration registration = state.registration();
        return registration.registered() ? pages.course(registration) : pages.register(state.newRegistrationToken());
    }

    @GET
    @Path(".well-known/openid-configuration")
    @Produces(MediaType.APPLICATION_JSON)
    public String openidConfiguration() {
        platform.requireEnabled();
        return platform.openidConfiguration().toString();
    }

    @GET
    @Path("jwks")
    @Produces(MediaType.APPLICATION_JSON)
    public String jwks() {
        platform.requireEnabled();
        return platform.publicJwks();
    }

    @POST
    @Path("registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response register(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        platform.requireEnabled();
        String token = authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
        JsonObject answer = platform.acceptRegistration(token, parse(body));
        return Response.ok(answer.toString(), MediaType.APPLICATION_JSON_TYPE).build();
    }

    /** The authorization endpoint: answers with a form that posts the id_token to the tool's redirect URI. */
    @GET
    @Path("auth")
    @Produces(HTML)
    public String authenticate(@QueryParam("scope") String scope, @QueryParam("response_type") String responseType,
                               @QueryParam("response_mode") String responseMode, @QueryParam("prompt") String prompt,
                               @QueryParam("client_id") String clientId, @QueryParam("redirect_uri") String redirectUri,
                               @QueryParam("login_hint") String loginHint, @QueryParam("state") String stateValue,
                               @QueryParam("nonce") String nonce) {
        platform.requireEnabled();
        AuthenticationRequest request = new AuthenticationRequest(scope, responseType, responseMode, prompt, clientId,
                redirectUri, loginHint, stateValue, nonce);
        return pages.formPost(redirectUri, platform.idToken(request), stateValue);
    }

    private static JsonObject parse(String body) {
        try (JsonReader reader = JSON.createReader(new StringReader(body == null ? "" : body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new Problem(400, "demo_registration_invalid", "Registration request not valid",
                    "The body is not a JSON object.");
        }
    }
}
