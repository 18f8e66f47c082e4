package org.enhancedpractice.lti.persistence;

import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.enhancedpractice.lti.grades.Delivery;
import org.enhancedpractice.lti.grades.GradeRequest;
import org.enhancedpractice.lti.grades.GradeStatus;
import org.enhancedpractice.lti.grades.LineItemChoice;
import org.enhancedpractice.lti.grades.OutboxEntry;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Score;

/** Maps grade outbox rows to and from domain records. */
final class OutboxRows {
    private OutboxRows() {
    }

    static GradeOutboxEntity entity(UUID id, String gradeKey, GradeRequest request, OffsetDateTime now) {
        GradeOutboxEntity e = new GradeOutboxEntity();
        e.id = id.toString();
        e.gradeKey = gradeKey;
        e.registrationId = request.link().registrationId().toString();
        e.deploymentId = request.link().deploymentId();
        e.contextId = request.link().contextId();
        e.resourceLinkId = request.link().resourceLinkId();
        LineItemChoice choice = request.lineItem();
        e.lineItemUrl = choice.url() == null ? null : choice.url().toString();
        e.lineItemLabel = choice.label();
        e.lineItemResource = choice.resourceId();
        e.lineItemTag = choice.tag();
        e.userId = request.userId();
        e.scoreGiven = request.scoreGiven();
        e.scoreMaximum = request.scoreMaximum();
        e.activityProgress = request.activityProgress().name();
        e.gradingProgress = request.gradingProgress().name();
        e.comment = request.comment();
        e.actionTime = JpaGradeOutboxStore.odt(request.actionTime());
        e.status = GradeStatus.PENDING.name();
        e.attempts = 0;
        e.nextAttemptAt = now;
        e.createdAt = now;
        return e;
    }

    /**
     * The request as enqueued, except that the line item URL column holds the chosen item, or the resolved one once
     * known: the entry's {@code lineItemUrl}, which a sender uses as it is.
     */
    static OutboxEntry entry(GradeOutboxEntity e) {
        LineItemChoice choice = new LineItemChoice(null, e.lineItemLabel, e.lineItemResource, e.lineItemTag);
        GradeRequest request = new GradeRequest(new CourseLink(UUID.fromString(e.registrationId), e.deploymentId,
                e.contextId, e.resourceLinkId), choice, e.userId, e.scoreGiven, e.scoreMaximum,
                Score.ActivityProgress.valueOf(e.activityProgress), Score.GradingProgress.valueOf(e.gradingProgress),
                e.comment, e.actionTime.toInstant());
        return new OutboxEntry(UUID.fromString(e.id), e.gradeKey, request, GradeStatus.valueOf(e.status), e.attempts,
                instant(e.nextAttemptAt), e.lineItemUrl == null ? null : URI.create(e.lineItemUrl),
                instant(e.sentTimestamp), e.lastHttpStatus, e.lastMessage, instant(e.createdAt), instant(e.finishedAt));
    }

    static void apply(GradeOutboxEntity e, Delivery d, OffsetDateTime now) {
        GradeStatus status = d.status();
        e.status = status.name();
        e.attempts = d.attempts();
        e.leaseOwner = null;
        e.leaseUntil = null;
        e.lastHttpStatus = d.httpStatus();
        e.lastMessage = d.message() == null ? null : d.message().substring(0, Math.min(4000, d.message().length()));
        if (d.nextAttemptAt() != null) {
            e.nextAttemptAt = JpaGradeOutboxStore.odt(d.nextAttemptAt());
        }
        if (d.lineItem() != null) {
            e.lineItemUrl = d.lineItem().toString();
        }
        if (d.sentTimestamp() != null) {
            e.sentTimestamp = JpaGradeOutboxStore.odt(d.sentTimestamp());
        }
        if (status != GradeStatus.PENDING) {
            e.finishedAt = now;
        }
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
