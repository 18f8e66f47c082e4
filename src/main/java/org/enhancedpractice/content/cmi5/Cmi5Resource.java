package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST <base>/cmi5/fetch/<code>}: the one-time fetch URL of cmi5 §8.2 (always 200 with JSON, errors as
 * error-code/error-text).
 */
@Path("")
@RequestScoped
public class Cmi5Resource {
    @Inject AuLauncher launcher;

    @POST
    @Path("cmi5/fetch/{code: [A-Za-z0-9_-]{1,100}}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetch(@PathParam("code") String code) {
        return Response.ok(launcher.fetch(code).toString(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build();
    }
}
