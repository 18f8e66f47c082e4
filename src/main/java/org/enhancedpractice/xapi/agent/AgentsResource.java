package org.enhancedpractice.xapi.agent;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.document.DocumentParams;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/** {@code GET|HEAD <base>/xapi/agents?agent=…}: the Person object for an Agent (xAPI 1.0.3 Part 3 §2.4). */
@Path("xapi/agents")
@LrsEndpoint
@ScopedAs(LrsResource.AGENTS)
@Produces(MediaType.APPLICATION_JSON)
public class AgentsResource {
    private static final Set<String> PARAMS = Set.of(DocumentParams.AGENT);

    @Context UriInfo uri;

    @GET
    public String get() {
        return Person.of(new DocumentParams(uri.getQueryParameters(), PARAMS).agent()).toString();
    }
}
