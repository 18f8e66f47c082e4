package org.enhancedpractice.lti.launch;

import java.util.UUID;

/** A validated launch and the id of the xAPI statement that records it. */
public record CompletedLaunch(LtiLaunch launch, UUID launchStatementId) {
}
