package org.enhancedpractice.lti.grades;

import java.time.Instant;
import java.util.Objects;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Score.ActivityProgress;
import org.enhancedpractice.lti.services.Score.GradingProgress;

/**
 * A grade to send to the VLE for one user (the LTI {@code sub}) on a placed link: what AGS 2.0 §3.4 calls a score.
 * {@code actionTime} is when the learner did what earned it; it becomes the score's timestamp (made strictly later
 * than the last one sent for that line item and user when needed). Moodle discards {@code scoreGiven} unless
 * {@code gradingProgress} is FullyGraded, so a final mark must say so: {@link #finalScore} does.
 */
public record GradeRequest(CourseLink link, LineItemChoice lineItem, String userId, Double scoreGiven,
                           Double scoreMaximum, ActivityProgress activityProgress, GradingProgress gradingProgress,
                           String comment, Instant actionTime) {
    public GradeRequest {
        Objects.requireNonNull(link, "link");
        lineItem = lineItem == null ? LineItemChoice.forLink() : lineItem;
        Objects.requireNonNull(activityProgress, "activityProgress");
        Objects.requireNonNull(gradingProgress, "gradingProgress");
        Objects.requireNonNull(actionTime, "actionTime");
        if (userId == null || userId.isBlank()) {
            throw new IllegalArgumentException("A grade needs the LTI user id (the launch's sub)");
        }
        if (scoreGiven != null && (scoreMaximum == null || !(scoreMaximum > 0) || scoreGiven < 0)) {
            throw new IllegalArgumentException("scoreGiven needs a positive scoreMaximum and may not be negative "
                    + "(AGS 2.0 §3.4.3)");
        }
        if (comment != null && comment.length() > 4000) {
            throw new IllegalArgumentException("A grade comment is at most 4000 characters");
        }
    }

    /** Completed work with its final mark: activityProgress Completed, gradingProgress FullyGraded. */
    public static GradeRequest finalScore(CourseLink link, String userId, double given, double maximum,
                                          Instant actionTime) {
        return new GradeRequest(link, LineItemChoice.forLink(), userId, given, maximum, ActivityProgress.Completed,
                GradingProgress.FullyGraded, null, actionTime);
    }

    public GradeRequest withComment(String text) {
        return new GradeRequest(link, lineItem, userId, scoreGiven, scoreMaximum, activityProgress, gradingProgress,
                text, actionTime);
    }

    public GradeRequest on(LineItemChoice choice) {
        return new GradeRequest(link, choice, userId, scoreGiven, scoreMaximum, activityProgress, gradingProgress,
                comment, actionTime);
    }

    /**
     * Rows with the same key replace each other (a score is the user's whole current result, AGS 2.0 §3.4): the same
     * link, line item choice and user.
     */
    String key() {
        return GradeKeys.sha256(String.join("\n", link.registrationId().toString(), link.deploymentId(),
                link.contextId(), link.resourceLinkId(), String.valueOf(lineItem.url()),
                String.valueOf(lineItem.resourceId()), String.valueOf(lineItem.tag()), userId));
    }
}
