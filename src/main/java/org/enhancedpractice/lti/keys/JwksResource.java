package org.enhancedpractice.lti.keys;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Response;

/** The tool's public keys, fetched by platforms to verify our deep-linking responses and client assertions. */
@Path("lti/jwks")
@RequestScoped
public class JwksResource {
    static final String JWKS_MEDIA_TYPE = "application/jwk-set+json";

    @Inject ToolKeys keys;

    @GET
    @Produces({"application/json", JWKS_MEDIA_TYPE})
    public Response jwks() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(300);
        return Response.ok(keys.publicJwks().toString(true)).cacheControl(cache).build();
    }
}
