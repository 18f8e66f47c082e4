package org.enhancedpractice.xapi.activity;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.document.DocumentParams;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.LrsRequestFilter;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/** {@code GET|HEAD <base>/xapi/activities?activityId=…}: the Activity with its canonical definition (Part 3 §2.5). */
@Path("xapi/activities")
@LrsEndpoint
@ScopedAs(LrsResource.ACTIVITIES)
@Produces(MediaType.APPLICATION_JSON)
public class ActivitiesResource {
    private static final Set<String> PARAMS = Set.of(DocumentParams.ACTIVITY_ID);

    @Inject ActivityDefinitions definitions;
    @Context HttpServletRequest request;
    @Context UriInfo uri;

    @GET
    public String get() {
        DocumentParams params = new DocumentParams(uri.getQueryParameters(), PARAMS);
        LrsClient client = (LrsClient) request.getAttribute(LrsRequestFilter.CLIENT);
        return definitions.activity(client.tenantId(), params.activityId()).toString();
    }
}
