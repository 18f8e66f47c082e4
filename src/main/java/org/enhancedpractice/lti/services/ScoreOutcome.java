package org.enhancedpractice.lti.services;

/**
 * What became of a score: accepted, worth retrying later (platform down, overloaded, or Moodle's 409 for two scores
 * in one second, or an expired token: 401), or refused for good (shown to the tutor with the platform's message, never
 * retried).
 */
public record ScoreOutcome(Kind kind, int httpStatus, String platformMessage) {
    public enum Kind { ACCEPTED, RETRY, REFUSED }

    static ScoreOutcome of(int status, String body) {
        if (status >= 200 && status < 300) {
            return new ScoreOutcome(Kind.ACCEPTED, status, "");
        }
        return new ScoreOutcome(PlatformHttp.isTransient(status) ? Kind.RETRY : Kind.REFUSED, status,
                PlatformHttp.abbreviate(body));
    }

    public static ScoreOutcome unreachable(String reason) {
        return new ScoreOutcome(Kind.RETRY, 0, reason);
    }

    public static ScoreOutcome refused(String reason) {
        return new ScoreOutcome(Kind.REFUSED, 0, reason);
    }

    /** A service call on the way to the score (token, line item) failed. */
    public static ScoreOutcome of(ServiceCallFailed failure) {
        return new ScoreOutcome(failure.permanent() ? Kind.REFUSED : Kind.RETRY, 0, failure.code() + ": " + failure.detail());
    }

    /** Moodle answers 409 when a score's timestamp is not in a later second than the last one it stored. */
    public boolean timestampConflict() {
        return kind == Kind.RETRY && httpStatus == 409;
    }
}
