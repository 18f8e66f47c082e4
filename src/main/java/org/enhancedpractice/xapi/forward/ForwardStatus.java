package org.enhancedpractice.xapi.forward;

/** Where a statement's forwarding stands. */
public enum ForwardStatus {
    /** Waiting (first time, or for its next attempt after a transient failure). */
    PENDING,
    /** Claimed by a sender whose lease has not run out. */
    SENDING,
    /** Accepted by the external LRS (or already held there, identical). */
    DELIVERED,
    /** Refused permanently, or still failing after the last allowed attempt; an administrator may re-send it. */
    FAILED
}
