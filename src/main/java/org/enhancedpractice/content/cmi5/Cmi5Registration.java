package org.enhancedpractice.content.cmi5;

import java.time.Instant;
import java.util.UUID;

/** A learner's enrolment in a module (cmi5 §8.1.4): tenant, xAPI account actor, and course (publisher id). */
public record Cmi5Registration(UUID id, UUID tenantId, String actorHomePage, String actorName, String courseId,
                               Instant createdAt) {
}
