package org.enhancedpractice.content.cmi5;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Fired after a learner's progress on an AU changed (completed, passed, failed, waived), with the LTI placement the
 * session came from; observers (grades, evidence) react after commit, so they never fail the learner's statement.
 */
public record UnitProgressed(UUID tenantId, LtiPlacement placement, String courseId, String auId, String verb,
                             BigDecimal scoreScaled, boolean auSatisfied, boolean courseSatisfied,
                             String gradeSend) {
}
