package org.enhancedpractice.content.workplace;

import java.util.List;
import java.util.UUID;

/** The outcome of logging: the evidence statement's id, and what the tutor will see flagged. */
public record LoggedActivity(UUID statementId, UUID evidenceId, List<String> flags) {
}
