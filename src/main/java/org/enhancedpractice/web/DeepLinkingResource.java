package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.enhancedpractice.lti.deeplinking.DeepLinkingService;
import org.enhancedpractice.lti.deeplinking.DeepLinkingSettings;
import org.enhancedpractice.platform.Problem;

/**
 * {@code POST <base>/api/deep-linking}: the picker's choice ({@code {"items":[{"module":key,"unit":auId?}]}} or
 * {@code {"cancel":true}}) becomes a signed LtiDeepLinkingResponse the page form-posts to the platform.
 */
@Path("api/deep-linking")
@RequestScoped
public class DeepLinkingResource {
    private static final Logger LOG = Logger.getLogger(DeepLinkingResource.class.getName());
    @Inject SessionTokens tokens;
    @Inject DeepLinkingService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String respond(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, JsonObject body) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (session.deepLinkingSettings() == null) {
            throw new Problem(400, "deep_linking_not_requested", "Not a deep-linking launch",
                    "Open the tool from the course's 'add activity or resource' menu to place modules.");
        }
        if (!"TUTOR".equals(session.role())) {
            throw new Problem(403, "deep_linking_tutors_only", "Only tutors place modules",
                    "Placing modules in a course needs an instructor role in the course.");
        }
        boolean cancel = body != null && body.getBoolean("cancel", false);
        List<DeepLinkingService.Selection> selection = new ArrayList<>();
        if (!cancel && body != null && body.get("items") instanceof jakarta.json.JsonArray items) {
            for (JsonValue v : items) {
                if (!(v instanceof JsonObject item) || item.getString("module", null) == null) {
                    throw new Problem(400, "deep_linking_bad_item", "Item not understood",
                            "Each item needs a module key, and optionally a unit id.");
                }
                selection.add(new DeepLinkingService.Selection(item.getString("module"), item.getString("unit", null)));
            }
        }
        DeepLinkingService.SignedResponse signed = service.respond(UUID.fromString(session.registrationId()),
                session.deploymentId(), DeepLinkingSettings.fromJson(session.deepLinkingSettings()), selection, cancel);
        LOG.info(() -> "Deep-linking response with " + signed.items() + " item(s) for deployment "
                + session.deploymentId());
        return JSON.createObjectBuilder().add("returnUrl", signed.returnUrl()).add("jwt", signed.jwt())
                .add("items", signed.items()).build().toString();
    }
}
