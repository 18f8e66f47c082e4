package org.enhancedpractice.xapi.launch;

import jakarta.json.JsonObject;

/**
 * A rule another capability imposes on statements written with a launch-scoped credential (cmi5 §9 statement rules
 * live in {@code content}; the LRS knows nothing about them). Implementations are CDI beans; the LRS calls every one
 * of them for each statement of a PUT or POST, after validation and before anything is stored, so one refusal
 * refuses the whole batch. {@code statement} is the statement as validated, with its id filled in.
 */
public interface StatementPolicy {
    void check(LaunchScope scope, JsonObject statement) throws StatementRefused;
}
