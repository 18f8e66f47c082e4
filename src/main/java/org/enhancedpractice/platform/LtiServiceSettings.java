package org.enhancedpractice.platform;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * How grades are sent (the outbox sender's interval, attempts and exponential backoff) and how long a cached course
 * roster is served before it is read again. Free of MicroProfile types so the rules are unit-testable.
 */
public record LtiServiceSettings(long gradeSendIntervalSeconds, int gradeMaxAttempts, long gradeBackoffBaseSeconds,
                                 long gradeBackoffMaxSeconds, long rosterMaxAgeSeconds) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        range(problems, "ept.grades.send-interval-seconds (EPT_GRADES_SEND_INTERVAL_SECONDS)", gradeSendIntervalSeconds,
                1, 3600);
        range(problems, "ept.grades.max-attempts (EPT_GRADES_MAX_ATTEMPTS)", gradeMaxAttempts, 1, 1000);
        range(problems, "ept.grades.backoff-base-seconds (EPT_GRADES_BACKOFF_BASE_SECONDS)", gradeBackoffBaseSeconds,
                1, 86_400);
        range(problems, "ept.grades.backoff-max-seconds (EPT_GRADES_BACKOFF_MAX_SECONDS)", gradeBackoffMaxSeconds,
                Math.max(1, gradeBackoffBaseSeconds), 7 * 86_400);
        range(problems, "ept.nrps.max-age-seconds (EPT_NRPS_MAX_AGE_SECONDS)", rosterMaxAgeSeconds, 0, 7 * 86_400);
        return problems;
    }

    public Duration gradeSendInterval() {
        return Duration.ofSeconds(gradeSendIntervalSeconds);
    }

    /**
     * The wait after the {@code attempt}-th failed attempt (1-based): base × 2^(attempt-1), at most the maximum.
     */
    public Duration backoffAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 40);
        double seconds = gradeBackoffBaseSeconds * Math.pow(2, doublings);
        return Duration.ofSeconds((long) Math.min(seconds, gradeBackoffMaxSeconds));
    }

    public Duration rosterMaxAge() {
        return Duration.ofSeconds(rosterMaxAgeSeconds);
    }

    private static void range(List<String> problems, String key, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
