package org.enhancedpractice.content.cmi5;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

/** One AU launch session (cmi5 §9.6.3.1) and what the AU has sent in it so far. */
public record AuSession(UUID id, UUID registrationId, String auId, String activityId, String launchMode,
                        Instant launchedAt, Instant lastActivityAt, Instant initializedAt, Set<String> sessionVerbs,
                        Instant terminatedAt, Instant abandonedAt, Instant fetchedAt, LtiPlacement placement) {
    public AuSession {
        sessionVerbs = Set.copyOf(sessionVerbs);
    }

    public boolean isOpen() {
        return terminatedAt == null && abandonedAt == null;
    }
}
