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
import java.util.regex.Pattern;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsClients;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.auth.ScopeRules;
import org.enhancedpractice.xapi.launch.LaunchCredentials;

/**
 * Every LRS request: the version header must name a 1.0.x version (xAPI 1.0.3 Part 3 §6.2, else 400), then HTTP
 * Basic credentials (an LRS client's or a launch-scoped credential's) with a scope that opens the resource for the
 * method ({@link ScopeRules}, §4, else 401 with a challenge, or 403). Every LRS response
 * carries {@code X-Experience-API-Version: 1.0.3}.
 */
@Provider
@LrsEndpoint
@Priority(Priorities.AUTHENTICATION)
public class LrsRequestFilter implements ContainerRequestFilter, ContainerResponseFilter {
    /** Request property (a servlet request attribute) holding the authenticated {@link LrsClient}. */
    public static final String CLIENT = "org.enhancedpractice.xapi.client";
    static final String CHALLENGE = "Basic realm=\"xAPI\"";
    private static final Pattern SUPPORTED_VERSION = Pattern.compile("^1\\.0(\\.\\d+)?$");

    @Inject LrsClients clients;
    @Inject LaunchCredentials launchCredentials;
    @Context ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        if (resource.getResourceClass() != null && resource.getResourceClass().isAnnotationPresent(OpenLrsEndpoint.class)) {
            return;
        }
        String version = request.getHeaderString(Xapi.HEADER_VERSION);
        if (version == null || !SUPPORTED_VERSION.matcher(version.trim()).matches()) {
            request.abortWith(LrsResponses.problem(LrsProblem.badRequest(LrsProblem.VERSION_HEADER,
                    Xapi.HEADER_VERSION + " must be present and name a supported version (1.0.x)")));
            return;
        }
        Optional<LrsClient> client = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (client.isEmpty()) {
            request.abortWith(unauthorized());
            return;
        }
        Optional<LrsProblem> refusal = ScopeRules.refusal(client.get(), resourceKind(), request.getMethod());
        if (refusal.isPresent()) {
            request.abortWith(LrsResponses.problem(refusal.get()));
            return;
        }
        request.setProperty(CLIENT, client.get());
    }

    /** An LRS client's key and secret, or a launch-scoped credential's token (cmi5 §8.2.3). */
    private Optional<LrsClient> authenticate(String authorization) {
        if (LaunchCredentials.isLaunchCredential(authorization)) {
            return launchCredentials.authenticate(authorization).map(c -> LrsClient.launched(c.id(), c.scope()));
        }
        return clients.authenticate(authorization);
    }

    private LrsResource resourceKind() {
        ScopedAs scoped = resource.getResourceClass() == null ? null
                : resource.getResourceClass().getAnnotation(ScopedAs.class);
        return scoped == null ? LrsResource.STATEMENTS : scoped.value();
    }

    private static jakarta.ws.rs.core.Response unauthorized() {
        var response = LrsResponses.problem(new LrsProblem(401, LrsProblem.UNAUTHORIZED,
                "Send HTTP Basic credentials of an LRS client"));
        return jakarta.ws.rs.core.Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(Xapi.HEADER_VERSION, Xapi.VERSION);
        // Part 3 §2.1.3: a GET on the Statement Resource carries the header whatever the status, errors included.
        // Writes commit before they answer, so everything stored up to now is visible.
        if (HttpMethod.GET.equals(request.getMethod()) && request.getUriInfo().getPath().endsWith("statements")
                && !response.getHeaders().containsKey(Xapi.HEADER_CONSISTENT_THROUGH)) {
            response.getHeaders().putSingle(Xapi.HEADER_CONSISTENT_THROUGH,
                    java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        }
    }
}
