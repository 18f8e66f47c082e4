package org.enhancedpractice.platform;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Renders a {@link Problem} once, at the edge: a browser (Accept prefers text/html) gets a readable page with
 * the code, an API client gets {@code application/problem+json} (RFC 9457 §3). Every problem is logged.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Problem> {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");
    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(Problem problem) {
        String path = uriInfo == null ? "?" : uriInfo.getPath();
        LOG.log(problem.status() >= 500 ? Level.SEVERE : Level.WARNING,
                () -> "Rejected " + path + " with " + problem.status() + " " + problem.code() + ": " + problem.detail());
        if (wantsHtml()) {
            return Response.status(problem.status()).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                    .entity(page(problem)).build();
        }
        String body = JSON.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail() == null ? "" : problem.detail())
                .add("code", problem.code())
                .build().toString();
        return Response.status(problem.status()).type(PROBLEM_JSON).entity(body).build();
    }

    private boolean wantsHtml() {
        if (headers == null) {
            return false;
        }
        for (MediaType type : headers.getAcceptableMediaTypes()) {
            if (type.isCompatible(MediaType.TEXT_HTML_TYPE) && !type.isWildcardType()) {
                return true;
            }
            if (type.isCompatible(MediaType.APPLICATION_JSON_TYPE) && !type.isWildcardType()) {
                return false;
            }
        }
        return false;
    }

    static String page(Problem problem) {
        return Html.page(problem.title(), "<h1>" + Html.escape(problem.title()) + "</h1>\n<p>"
                + Html.escape(problem.detail()) + "</p>\n<p class=\"code\">Error code: <code id=\"error-code\">"
                + Html.escape(problem.code()) + "</code> (HTTP " + problem.status() + ")</p>\n"
                + "<p>If this keeps happening, tell your VLE administrator the error code and the time.</p>");
    }
}
