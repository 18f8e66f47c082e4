package org.enhancedpractice.xapi.document;

import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.enhancedpractice.xapi.statement.Ifi;
import org.enhancedpractice.xapi.validation.InvalidStatement;
import org.enhancedpractice.xapi.validation.ParameterChecks;

/**
 * One State document as the tool's own code names it (xAPI 1.0.3 Part 3 §2.3): Activity, Agent, optional
 * registration and stateId; e.g. cmi5 §10's {@code LMS.LaunchData} for an AU launch. The agent must be a valid Agent
 * and the activityId an IRI, else {@link IllegalArgumentException}.
 */
public record StateKey(String activityId, JsonObject agent, UUID registration, String stateId) {
    public StateKey {
        Objects.requireNonNull(activityId, "activityId");
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(stateId, "stateId");
        try {
            ParameterChecks.iri(activityId, "activityId");
            ParameterChecks.agent(agent, "agent");
        } catch (InvalidStatement e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    DocumentKey in(UUID tenantId) {
        String ifi = Ifi.of(agent).orElseThrow();
        return new DocumentContext(tenantId, DocumentKind.STATE, activityId, ifi).document(
                registration == null ? null : registration.toString().toLowerCase(Locale.ROOT), stateId);
    }
}
