package org.enhancedpractice.lti.grades;

/** Where a grade in the outbox stands. */
public enum GradeStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Claimed by a sender; the lease says until when. */
    SENDING,
    /** Accepted by the platform. */
    SENT,
    /** Refused by the platform for good (a 4xx other than 401/408/409/425/429, or a missing scope). */
    REFUSED,
    /** Still failing after the configured number of attempts. */
    FAILED,
    /** A newer grade for the same line item and user replaced it before it was sent. */
    SUPERSEDED;

    /** Needs a person: shown to tutors and administrators, and may be re-sent. */
    public boolean isProblem() {
        return this == REFUSED || this == FAILED;
    }
}
