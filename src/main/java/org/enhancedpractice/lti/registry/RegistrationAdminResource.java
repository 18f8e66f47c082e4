package org.enhancedpractice.lti.registry;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.enhancedpractice.platform.AdminAccess;
import org.enhancedpractice.platform.Problem;

/**
 * {@code <base>/admin/lti/registrations}: a tool administrator lists registrations and approves or disables them
 * (production mode keeps dynamic registrations PENDING until approved). Bearer EPT_ADMIN_TOKEN.
 */
@Path("admin/lti/registrations")
@RequestScoped
public class RegistrationAdminResource {
    @Inject PlatformRegistry registry;
    @Inject AdminAccess admin;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        JsonArrayBuilder all = JSON.createArrayBuilder();
        registry.all().forEach(r -> all.add(json(r)));
        return JSON.createObjectBuilder().add("registrations", all).build().toString();
    }

    @POST
    @Path("{id}/approve")
    @Produces(MediaType.APPLICATION_JSON)
    public String approve(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        return change(authorization, id, RegistrationStatus.ACTIVE);
    }

    @POST
    @Path("{id}/disable")
    @Produces(MediaType.APPLICATION_JSON)
    public String disable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("id") String id) {
        return change(authorization, id, RegistrationStatus.DISABLED);
    }

    private String change(String authorization, String id, RegistrationStatus status) {
        admin.require(authorization);
        UUID registrationId = parse(id);
        if (!registry.setStatus(registrationId, status)) {
            throw new Problem(404, "registration_not_found", "No such registration", "No registration has id " + id + ".");
        }
        return json(registry.find(registrationId).orElseThrow()).build().toString();
    }

    private JsonObjectBuilder json(Registration r) {
        JsonArrayBuilder deployments = JSON.createArrayBuilder();
        registry.deployments(r.id()).forEach(d -> deployments.add(JSON.createObjectBuilder()
                .add("deployment_id", d.deploymentId()).add("tenant", d.tenantName())));
        return JSON.createObjectBuilder().add("id", r.id().toString()).add("name", r.name()).add("issuer", r.issuer())
                .add("client_id", r.clientId()).add("status", r.status().name()).add("source", r.source().name())
                .add("deployments", deployments);
    }

    private static UUID parse(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw new Problem(404, "registration_not_found", "No such registration", "'" + id + "' is not a registration id.");
        }
    }
}
