package org.enhancedpractice.xapi.protocol;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.XapiVersion;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsClients;

/**
 * Every LRS request: the version header must name a 1.0.x or 2.0.x version (xAPI 1.0.3 Part 3 §6.2, else 400), then
 * HTTP Basic credentials with the scope the method needs (§4, else 401 with a challenge, or 403). Every LRS response
 * carries {@code X-Experience-API-Version}: 2.0.0 when the request asked for 2.0.x, else 1.0.3.
 */
@Provider
@LrsEndpoint
@Priority(Priorities.AUTHENTICATION)
public class LrsRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Request property (a servlet request attribute) holding the authenticated {@link LrsClient}. */
    public static final String CLIENT = "org.enhancedpractice.xapi.client";
    /** Request property holding the {@link XapiVersion} the request's header named. */
    public static final String VERSION = "org.enhancedpractice.xapi.version";
    static final String CHALLENGE = "Basic realm=\"xAPI\"";

    @Inject LrsClients clients;
    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(OpenLrsEndpoint.class)) {
            return;
        }
        Optional<XapiVersion> version = XapiVersion.ofHeader(request.getHeaderString(Xapi.HEADER_VERSION));
        if (version.isEmpty()) {
            request.abortWith(LrsResponses.problem(LrsProblem.badRequest(LrsProblem.VERSION_HEADER,
                    Xapi.HEADER_VERSION + " must be present and name a supported version (1.0.x or 2.0.x)")));
            return;
        }
        request.setProperty(VERSION, version.get());
        Optional<LrsClient> client = clients.authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (client.isEmpty()) {
            request.abortWith(unauthorized());
            return;
        }
        String scope = readOnly(request.getMethod()) ? LrsClient.SCOPE_STATEMENTS_READ : LrsClient.SCOPE_STATEMENTS_WRITE;
        if (!client.get().may(scope)) {
            request.abortWith(LrsResponses.problem(new LrsProblem(403, LrsProblem.FORBIDDEN,
                    "These credentials lack the scope " + scope)));
            return;
        }
        request.setProperty(CLIENT, client.get());
    }

    private static jakarta.ws.rs.core.Response unauthorized() {
        var response = LrsResponses.problem(new LrsProblem(401, LrsProblem.UNAUTHORIZED,
                "Send HTTP Basic credentials of an LRS client"));
        return jakarta.ws.rs.core.Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    private static boolean readOnly(String method) {
        return HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(Xapi.HEADER_VERSION, request.getProperty(VERSION) instanceof XapiVersion asked
                ? asked.header() : Xapi.VERSION);
        // Part 3 §2.1.3: a GET on the Statement Resource carries the header whatever the status, errors included.
        // Writes commit before they answer, so everything stored up to now is visible.
        if (HttpMethod.GET.equals(request.getMethod()) && request.getUriInfo().getPath().endsWith("statements")
                && !response.getHeaders().containsKey(Xapi.HEADER_CONSISTENT_THROUGH)) {
            response.getHeaders().putSingle(Xapi.HEADER_CONSISTENT_THROUGH,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        }
    }
}
