package org.enhancedpractice.bench;

/**
 * A launch that did not reach the landing page. {@code kind} groups failures in the report ("launch HTTP 401",
 * "login IOException"); {@code detail} keeps the start of the answer for diagnosis.
 */
final class LaunchFailure extends Exception {
    private final String kind;

    LaunchFailure(String kind, String detail) {
        super(detail, null, false, false);
        this.kind = kind;
    }

    String kind() {
        return kind;
    }
}
