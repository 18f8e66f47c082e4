package org.enhancedpractice.web;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.enhancedpractice.platform.Problem;

/** {@code GET <base>/assets/<file>}: the pages' own script and style sheet, from the class path (no CDN). */
@Path("assets")
public class AssetsResource {
    static final String FOLDER = "META-INF/ept-web/";

    @GET
    @Path("{file: [a-z0-9-]+\\.(js|css)}")
    public Response asset(@PathParam("file") String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(FOLDER + file);
        if (in == null) {
            throw new Problem(404, "asset_not_found", "Not found", "There is no asset '" + file + "'.");
        }
        String type = file.endsWith(".js") ? "text/javascript; charset=utf-8" : "text/css; charset=utf-8";
        return Response.ok(in, type).header("Cache-Control", "public, max-age=300")
                .header("X-Content-Type-Options", "nosniff").build();
    }
}
