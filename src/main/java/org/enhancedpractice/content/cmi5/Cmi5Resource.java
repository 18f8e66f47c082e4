package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.enhancedpractice.platform.Html;
import org.enhancedpractice.platform.ToolSettings;

/**
 * {@code POST <base>/cmi5/fetch/<code>}: the one-time fetch URL of cmi5 §8.2 (always 200 with JSON, errors as
 * error-code/error-text). {@code GET <base>/content/return}: the returnURL of LMS.LaunchData (§10.2.6), a page that
 * tells the module page (or the opener of a new window) that the AU has closed.
 */
@Path("")
@RequestScoped
public class Cmi5Resource {
    @Inject AuLauncher launcher;
    @Inject ToolSettings tool;

    @POST
    @Path("cmi5/fetch/{code: [A-Za-z0-9_-]{1,100}}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response fetch(@PathParam("code") String code) {
        return Response.ok(launcher.fetch(code).toString(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").build();
    }

    @GET
    @Path("content/return")
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
}
