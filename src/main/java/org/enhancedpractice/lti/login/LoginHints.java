package org.enhancedpractice.lti.login;

/**
 * The opaque hints of a login, kept with its state so that a launch the browser cannot be bound to can be started
 * again in a new window with the same parameters (Security Framework 1.0 §5.1.1.1: sent back exactly as received).
 */
public record LoginHints(String loginHint, String messageHint) {
}
