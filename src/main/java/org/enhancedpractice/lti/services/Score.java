package org.enhancedpractice.lti.services;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One score for one user on one line item (AGS 2.0 §3.4). Rules from the spec and from Moodle, the strictest
 * platform: scoreGiven needs scoreMaximum; a final score is FullyGraded (Moodle ignores scoreGiven otherwise);
 * timestamps carry milliseconds.
 */
public record Score(String userId, Double scoreGiven, Double scoreMaximum, String comment,
                    ActivityProgress activityProgress, GradingProgress gradingProgress, Instant timestamp) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";

    public Score {
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(timestamp, "timestamp");
        if (scoreGiven != null && (scoreMaximum == null || scoreMaximum <= 0 || scoreGiven < 0)) {
            throw new IllegalArgumentException("scoreGiven needs a positive scoreMaximum and may not be negative");
        }
        timestamp = timestamp.truncatedTo(ChronoUnit.MILLIS);
    }

    /** A completed piece of work with its final mark. */
    public static Score finalScore(String userId, double given, double maximum, Instant timestamp) {
        return new Score(userId, given, maximum, null, ActivityProgress.Completed, GradingProgress.FullyGraded, timestamp);
    }

    public Score at(Instant newTimestamp) {
        return new Score(userId, scoreGiven, scoreMaximum, comment, activityProgress, gradingProgress, newTimestamp);
    }

    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("userId", userId)
                .add("activityProgress", activityProgress.name()).add("gradingProgress", gradingProgress.name())
                .add("timestamp", timestamp.toString());
        if (scoreGiven != null) {
            json.add("scoreGiven", scoreGiven).add("scoreMaximum", scoreMaximum);
        }
        if (comment != null) {
            json.add("comment", comment);
        }
        return json.build();
    }

    /** AGS 2.0 §3.4.7. */
    public enum ActivityProgress { Initialized, Started, InProgress, Submitted, Completed }

    /** AGS 2.0 §3.4.8. */
    public enum GradingProgress { FullyGraded, Pending, PendingManual, Failed, NotReady }
}
