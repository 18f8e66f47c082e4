package org.enhancedpractice.xapi.admin;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.TreeSet;
import org.enhancedpractice.platform.AdminAccess;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.persistence.LrsClientSummary;

/**
 * {@code <base>/admin/xapi/clients}: list, create, re-scope, disable/enable, rotate the secret of and delete LRS
 * clients. Bearer EPT_ADMIN_TOKEN. Secrets appear only in the answers of create and rotate, never in a listing.
 */
@Path("admin/xapi/clients")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LrsClientAdminResource {
    @Inject LrsClientAdmin clients;
    @Inject AdminAccess admin;

    @GET
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        JsonArrayBuilder all = JSON.createArrayBuilder();
        clients.list().forEach(c -> all.add(json(c)));
        return JSON.createObjectBuilder().add("clients", all).build().toString();
    }

    @GET
    @Path("{key}")
    public String get(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key) {
        admin.require(authorization);
        return json(clients.get(key)).build().toString();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, String body) {
        admin.require(authorization);
        IssuedSecret issued = clients.create(ClientRequests.create(body));
        return withSecret(Response.status(Response.Status.CREATED).location(UriBuilder
                .fromPath("admin/xapi/clients/{key}").build(issued.client().key())), issued);
    }

    @PUT
    @Path("{key}/scopes")
    @Consumes(MediaType.APPLICATION_JSON)
    public String changeScopes(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                               @PathParam("key") String key, String body) {
        admin.require(authorization);
        return json(clients.changeScopes(key, ClientRequests.scopes(body))).build().toString();
    }

    @POST
    @Path("{key}/disable")
    public String disable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key) {
        admin.require(authorization);
        return json(clients.setDisabled(key, true)).build().toString();
    }

    @POST
    @Path("{key}/enable")
    public String enable(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key) {
        admin.require(authorization);
        return json(clients.setDisabled(key, false)).build().toString();
    }

    @POST
    @Path("{key}/secret")
    public Response rotateSecret(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @PathParam("key") String key) {
        admin.require(authorization);
        return withSecret(Response.ok(), clients.rotateSecret(key));
    }

    @DELETE
    @Path("{key}")
    public Response delete(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key) {
        admin.require(authorization);
        clients.delete(key);
        return Response.noContent().build();
    }

    /** The one answer that carries a secret: never cached (RFC 9111 §5.2.2.5). */
    private static Response withSecret(Response.ResponseBuilder response, IssuedSecret issued) {
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store").type(MediaType.APPLICATION_JSON_TYPE)
                .entity(json(issued.client()).add("secret", issued.secret()).build().toString()).build();
    }

    static JsonObjectBuilder json(LrsClientSummary c) {
        JsonArrayBuilder scopes = JSON.createArrayBuilder();
        new TreeSet<>(LrsClient.parseScopes(c.scopes())).forEach(scopes::add);
        JsonObjectBuilder json = JSON.createObjectBuilder().add("key", c.key()).add("scopes", scopes);
        if (c.tenantId() == null) {
            json.addNull("tenant");
        } else {
            json.add("tenant", c.tenantId().toString());
        }
        return json.add("disabled", c.disabled()).add("created_at", c.createdAt().toString())
                .add("updated_at", c.updatedAt().toString());
    }
}
