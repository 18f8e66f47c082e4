package org.enhancedpractice.content.catalogue;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.nio.file.Files;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.platform.Html;
import org.enhancedpractice.platform.Problem;

/**
 * {@code GET <base>/content/<package>/<path>}: the files of a loaded package, and {@code <base>/content/_ept/<file>}:
 * the tool's own AU library (cmi5 client and style sheet), so AUs need no download from elsewhere at run time.
 * Package files are public like any e-learning asset; what a learner does is recorded through the LRS, which needs
 * the launch's credentials. {@code GET <base>/content/return}: the returnURL of LMS.LaunchData (cmi5 §10.2.6), a page
 * that tells the module page (or the opener of a new window) that the AU has closed.
 */
@Path("content")
@RequestScoped
public class ContentFilesResource {
    /**
     * Lets an AU run scripts (authoring-tool exports use inline scripts and eval), call the LRS on this origin, and be
     * framed by the tool's module page, which is itself inside the VLE's frame (CSP3 §6.4.2 checks every ancestor).
     */
    static final String AU_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; media-src 'self' blob:; "
            + "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors *";
    static final String LIBRARY = "META-INF/ept-au/";

    @Inject ContentCatalogue catalogue;
    @Inject org.enhancedpractice.platform.ToolSettings tool;

    @GET
    @Path("_ept/{file: [a-z0-9-]+\\.(js|css)}")
    public Response library(@PathParam("file") String file) {
        InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(LIBRARY + file);
        if (in == null) {
            throw notFound(file);
        }
        return Response.ok(in, ContentTypes.of(file)).header("Cache-Control", "public, max-age=3600")
                .header("X-Content-Type-Options", "nosniff").build();
    }

    @GET
    @Path("return")
    @Produces(MediaType.TEXT_HTML)
    public String returned(@QueryParam("session") String session) {
        String id = session != null && session.matches("[0-9a-fA-F-]{36}") ? session : "";
        String origin = tool.baseUrl().replaceFirst("^(https?://[^/]+).*$", "$1");
        return Html.page("Unit closed", "<h1>Unit closed</h1><p>Your progress is saved. You can close this window.</p>"
                + "<script>(function(){var m={type:'ept.au.closed',session:'" + id + "'};"
                + "if(window.parent&&window.parent!==window){window.parent.postMessage(m,'" + Html.escape(origin) + "');}"
                + "if(window.opener){window.opener.postMessage(m,'" + Html.escape(origin) + "');window.close();}"
                + "})();</script>");
    }

    @GET
    @Path("{key: [a-z0-9][a-z0-9._-]*}/{path: .+}")
    public Response file(@PathParam("key") String key, @PathParam("path") String path) {
        ContentPackage p = catalogue.current().packages().get(key);
        if (p == null) {
            throw notFound(key + "/" + path);
        }
        java.nio.file.Path root = p.root().toAbsolutePath().normalize();
        java.nio.file.Path file = root.resolve(path).normalize();
        if (!file.startsWith(root) || !Files.isRegularFile(file)
                || file.getFileName().toString().equals("cmi5.xml") && file.getParent().equals(root)) {
            throw notFound(key + "/" + path);
        }
        String type = ContentTypes.of(file.getFileName().toString());
        return Response.ok(file.toFile(), type)
                .header("Content-Security-Policy", AU_POLICY)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-cache").build();
    }

    private static Problem notFound(String what) {
        return new Problem(404, "content_not_found", "Not found", "There is no content file '" + what + "'.");
    }
}
