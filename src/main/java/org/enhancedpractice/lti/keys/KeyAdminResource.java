package org.enhancedpractice.lti.keys;

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
import java.time.Clock;
import org.enhancedpractice.platform.AdminAccess;

import static org.enhancedpractice.platform.JsonSupport.JSON;

/** {@code <base>/admin/lti/keys}: list, add (rotation step 1) and retire (step 3) tool keys. Bearer EPT_ADMIN_TOKEN. */
@Path("admin/lti/keys")
@RequestScoped
public class KeyAdminResource {
    @Inject ToolKeys keys;
    @Inject AdminAccess admin;
    @Inject Clock clock;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        return listing();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public String add(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        admin.require(authorization);
        keys.add();
        return listing();
    }

    @POST
    @Path("{kid}/retire")
    @Produces(MediaType.APPLICATION_JSON)
    public String retire(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("kid") String kid) {
        admin.require(authorization);
        keys.retire(kid);
        return listing();
    }

    private String listing() {
        String signing = keys.signingKey().getKeyID();
        JsonArrayBuilder all = JSON.createArrayBuilder();
        for (StoredToolKey k : keys.keys()) {
            JsonObjectBuilder key = JSON.createObjectBuilder().add("kid", k.kid()).add("status", k.status())
                    .add("created_at", k.createdAt().toString()).add("signing", k.kid().equals(signing));
            if (StoredToolKey.PUBLISHED.equals(k.status())) {
                key.add("signs_from", k.createdAt().plus(keys.activationDelay()).toString());
            }
            all.add(key);
        }
        return JSON.createObjectBuilder().add("keys", all).add("now", clock.instant().toString()).build().toString();
    }
}
