package org.enhancedpractice.platform;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a {@link Problem}: JAX-RS's own errors keep their status (404, 405, 415…) with a
 * problem body; anything else is an internal error, logged with an incident id the page shows.
 */
@Provider
public class UnexpectedErrorMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedErrorMapper.class.getName());

    @Context HttpHeaders headers;
    @Context UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        ProblemMapper renderer = new ProblemMapper();
        renderer.headers = headers;
        renderer.uriInfo = uriInfo;
        if (exception instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.Status known = Response.Status.fromStatusCode(status);
            String title = known == null ? "Request not accepted" : known.getReasonPhrase();
            return renderer.toResponse(new Problem(status, "http_" + status, title,
                    "The request was not accepted: " + title + "."));
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected failure, incident " + incident, exception);
        return renderer.toResponse(new Problem(500, "internal_error", "Something went wrong",
                "The tool failed unexpectedly. Incident " + incident + " has been logged."));
    }
}
