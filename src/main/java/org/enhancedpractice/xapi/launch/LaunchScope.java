package org.enhancedpractice.xapi.launch;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.enhancedpractice.xapi.validation.InvalidStatement;
import org.enhancedpractice.xapi.validation.ParameterChecks;

/**
 * What one launch-scoped credential may touch: statements and State of one actor in one registration, for one
 * launched activity (the cmi5 AU, cmi5 §8.1), until {@code expires}. {@code tenantId} null is the tool-wide space of
 * the demo client. The actor must be an Agent with exactly one inverse functional identifier (xAPI 1.0.3 Part 2
 * §2.4.2.1) and the activity id an IRI; anything else is refused with {@link IllegalArgumentException}.
 */
public record LaunchScope(UUID tenantId, JsonObject actor, UUID registration, String activityId, Instant expires) {
    public LaunchScope {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(registration, "registration");
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(expires, "expires");
        try {
            ParameterChecks.agent(actor, "actor");
            ParameterChecks.iri(activityId, "activityId");
        } catch (InvalidStatement e) {
            throw new IllegalArgumentException("Not a launch scope: " + e.getMessage(), e);
        }
        actor = JSON.createObjectBuilder(actor).build();
    }

    public boolean expiredAt(Instant now) {
        return !now.isBefore(expires);
    }
}
