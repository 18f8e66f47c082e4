package org.enhancedpractice.xapi.forward;

/** What one attempt did to one statement. {@code httpStatus} is null when no answer came. */
public record Outcome(Kind kind, Integer httpStatus, String message) {
    static final int MAX_MESSAGE = 2000;

    public enum Kind {
        DELIVERED,
        /** Transient: try again after the backoff. */
        RETRY,
        /** Permanent refusal: not retried. */
        FAILED,
        /** Not sent because an earlier statement of the same round must be retried first; no attempt is counted. */
        DEFERRED
    }

    public Outcome {
        message = message == null ? null
                : message.length() > MAX_MESSAGE ? message.substring(0, MAX_MESSAGE) : message;
    }

    static Outcome delivered(int status) {
        return new Outcome(Kind.DELIVERED, status, null);
    }

    static Outcome retry(Integer status, String message) {
        return new Outcome(Kind.RETRY, status, message);
    }

    static Outcome failed(Integer status, String message) {
        return new Outcome(Kind.FAILED, status, message);
    }

    static Outcome deferred() {
        return new Outcome(Kind.DEFERRED, null, "waiting for an earlier statement of this round");
    }
}
