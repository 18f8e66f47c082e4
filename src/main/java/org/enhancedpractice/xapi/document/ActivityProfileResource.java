package org.enhancedpractice.xapi.document;

import jakarta.ws.rs.Path;
import java.util.Set;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.auth.LrsResource;
import org.enhancedpractice.xapi.protocol.LrsEndpoint;
import org.enhancedpractice.xapi.protocol.ScopedAs;

/** {@code <base>/xapi/activities/profile} (xAPI 1.0.3 Part 3 §2.7): documents per activityId and profileId. */
@Path("xapi/activities/profile")
@LrsEndpoint
@ScopedAs(LrsResource.ACTIVITY_PROFILE)
public class ActivityProfileResource extends DocumentResource {
    private static final Set<String> PARAMS = Set.of(DocumentParams.ACTIVITY_ID, DocumentParams.PROFILE_ID);

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
        return new DocumentContext(client.tenantId(), DocumentKind.ACTIVITY_PROFILE, params.activityId(), null);
    }
}
