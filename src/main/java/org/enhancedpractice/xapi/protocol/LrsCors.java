package org.enhancedpractice.xapi.protocol;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

/**
 * CORS (Fetch standard, "CORS protocol") for LRS requests, so browser content on another origin (cmi5 AUs) can call
 * the LRS as xAPI intends (Part 3 §1.3 rationale): preflight OPTIONS is answered at once without credentials; every
 * LRS response allows the calling origin and exposes the xAPI response headers. Credentials travel in the
 * Authorization header, never in cookies, so no Allow-Credentials is sent.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 300)
public class LrsCors implements ContainerRequestFilter, ContainerResponseFilter {
    static final String ALLOW_HEADERS = "Authorization, Content-Type, X-Experience-API-Version, If-Match, If-None-Match";
    static final String EXPOSE_HEADERS =
            "ETag, Last-Modified, Content-Type, X-Experience-API-Consistent-Through, X-Experience-API-Version";
    static final String ALLOW_METHODS = "GET, HEAD, PUT, POST, DELETE, OPTIONS";
    private static final String MAX_AGE = "600";

    @Override
    public void filter(ContainerRequestContext request) {
        if (HttpMethod.OPTIONS.equals(request.getMethod()) && LrsPaths.isLrs(request)) {
            Response.ResponseBuilder preflight = Response.noContent()
                    .header("Access-Control-Allow-Methods", ALLOW_METHODS)
                    .header("Access-Control-Allow-Headers", ALLOW_HEADERS)
                    .header("Access-Control-Max-Age", MAX_AGE);
            request.abortWith(preflight.build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!LrsPaths.isLrs(request)) {
            return;
        }
        MultivaluedMap<String, Object> headers = response.getHeaders();
        String origin = request.getHeaderString("Origin");
        headers.putSingle("Access-Control-Allow-Origin", origin == null ? "*" : origin);
        headers.add("Vary", "Origin");
        headers.putSingle("Access-Control-Expose-Headers", EXPOSE_HEADERS);
    }
}
