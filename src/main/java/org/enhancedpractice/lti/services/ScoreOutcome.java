package org.enhancedpractice.lti.services;

/**
 * What became of a score: accepted, worth retrying later (platform down, overloaded, or Moodle's 409 for two scores
 * in one second), or refused for good (shown to the tutor with the platform's message, never retried).
 */
public record ScoreOutcome(Kind kind, int httpStatus, String platformMessage) {
    public enum Kind { ACCEPTED, RETRY, REFUSED }

    static ScoreOutcome of(int status, String body) {
        if (status >= 200 && status < 300) {
            return new ScoreOutcome(Kind.ACCEPTED, status, "");
        }
        boolean transientFailure = status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
        return new ScoreOutcome(transientFailure ? Kind.RETRY : Kind.REFUSED, status, PlatformHttp.abbreviate(body));
    }

    static ScoreOutcome unreachable(String reason) {
        return new ScoreOutcome(Kind.RETRY, 0, reason);
    }
}
