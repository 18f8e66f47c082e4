package org.enhancedpractice.content.cmi5;

import java.math.BigDecimal;
import java.time.Instant;

/** What a registration achieved on one AU, block or course. kind: au, block or course. */
public record Progress(String objectId, String kind, Instant completedAt, Instant passedAt, Instant failedAt,
                       BigDecimal scoreScaled, String waivedReason, Instant satisfiedAt) {
    public static Progress none(String objectId, String kind) {
        return new Progress(objectId, kind, null, null, null, null, null, null);
    }

    public Progress completed(Instant at) {
        return new Progress(objectId, kind, completedAt == null ? at : completedAt, passedAt, failedAt, scoreScaled,
                waivedReason, satisfiedAt);
    }

    public Progress passed(Instant at, BigDecimal score) {
        return new Progress(objectId, kind, completedAt, passedAt == null ? at : passedAt, failedAt,
                score == null ? scoreScaled : score, waivedReason, satisfiedAt);
    }

    public Progress failed(Instant at, BigDecimal score) {
        return new Progress(objectId, kind, completedAt, passedAt, at, passedAt == null && score != null ? score
                : scoreScaled, waivedReason, satisfiedAt);
    }

    public Progress waived(String reason) {
        return new Progress(objectId, kind, completedAt, passedAt, failedAt, scoreScaled, reason, satisfiedAt);
    }

    public Progress satisfied(Instant at) {
        return new Progress(objectId, kind, completedAt, passedAt, failedAt, scoreScaled, waivedReason,
                satisfiedAt == null ? at : satisfiedAt);
    }

    public boolean isSatisfied() {
        return satisfiedAt != null;
    }
}
