package org.enhancedpractice.xapi.document;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.ScopedAs;
import org.enhancedpractice.xapi.statement.Ifi;

/**
 * {@code <base>/xapi/activities/state} (xAPI 1.0.3 Part 3 §2.3): documents per activityId, agent and optional
 * registration. A launch-scoped credential reaches only its own actor's State in its own registration (403).
 */
@Path("xapi/activities/state")
@LrsEndpoint
@ScopedAs(LrsResource.STATE)
public class StateResource extends DocumentResource {
    private static final Set<String> PARAMS = Set.of(DocumentParams.ACTIVITY_ID, DocumentParams.AGENT,
            DocumentParams.REGISTRATION, DocumentParams.STATE_ID);

    @Override
    String idParam() {
        return DocumentParams.STATE_ID;
    }

    @Override
    Set<String> writeParams() {
        return PARAMS;
    }

    @Override
    DocumentContext context(DocumentParams params, LrsClient client) {
        String activityId = params.activityId();
        String agentIfi = params.agentIfi();
        if (client.isLaunch()) {
            requireLaunchScope(client, agentIfi, params.registration());
        }
        return new DocumentContext(client.tenantId(), DocumentKind.STATE, activityId, agentIfi);
    }

    @Override
    String registration(DocumentParams params) {
        return params.registration();
    }

    @Override
    boolean deletesContexts() {
        return true;
    }

    static void requireLaunchScope(LrsClient client, String agentIfi, String registration) {
        boolean actor = agentIfi.equals(Ifi.of(client.launch().actor()).orElse(null));
        boolean sameRegistration = client.launch().registration().toString().equals(registration);
        if (!actor || !sameRegistration) {
            throw new LrsProblem(403, LrsProblem.OUTSIDE_LAUNCH, "A launch credential reaches only the State of the"
                    + " launched learner (agent) in the launch's registration");
        }
    }
}
