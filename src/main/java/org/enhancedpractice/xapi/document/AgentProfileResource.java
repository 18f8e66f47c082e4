package org.enhancedpractice.xapi.document;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/**
 * {@code <base>/xapi/agents/profile} (xAPI 1.0.3 Part 3 §2.6): documents per Agent (kept under its inverse
 * functional identifier, so the same person with or without a name finds the same documents) and profileId.
 */
@Path("xapi/agents/profile")
@LrsEndpoint
@ScopedAs(LrsResource.AGENT_PROFILE)
public class AgentProfileResource extends DocumentResource {
    private static final Set<String> PARAMS = Set.of(DocumentParams.AGENT, DocumentParams.PROFILE_ID);

    @Override
    String idParam() {
        return DocumentParams.PROFILE_ID;
    }

    @Override
    Set<String> writeParams() {
        return PARAMS;
    }

    @Override
    DocumentContext context(DocumentParams params, LrsClient client) {
        return new DocumentContext(client.tenantId(), DocumentKind.AGENT_PROFILE, null, params.agentIfi());
    }
}
