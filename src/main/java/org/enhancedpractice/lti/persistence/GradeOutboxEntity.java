package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_grade_outbox")
class GradeOutboxEntity {
    @Id String id;
    @Column(name = "grade_key") String gradeKey;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "deployment_id") String deploymentId;
    @Column(name = "context_id") String contextId;
    @Column(name = "resource_link_id") String resourceLinkId;
    @Column(name = "line_item_url") String lineItemUrl;
    @Column(name = "line_item_label") String lineItemLabel;
    @Column(name = "line_item_resource") String lineItemResource;
    @Column(name = "line_item_tag") String lineItemTag;
    @Column(name = "user_id") String userId;
    @Column(name = "score_given") Double scoreGiven;
    @Column(name = "score_maximum") Double scoreMaximum;
    @Column(name = "activity_progress") String activityProgress;
    @Column(name = "grading_progress") String gradingProgress;
    @Column(name = "score_comment") String comment;
    @Column(name = "action_time") OffsetDateTime actionTime;
    String status;
    int attempts;
    @Column(name = "next_attempt_at") OffsetDateTime nextAttemptAt;
    @Column(name = "lease_owner") String leaseOwner;
    @Column(name = "lease_until") OffsetDateTime leaseUntil;
    @Column(name = "sent_timestamp") OffsetDateTime sentTimestamp;
    @Column(name = "last_http_status") Integer lastHttpStatus;
    @Column(name = "last_message") String lastMessage;
    @Column(name = "created_at") OffsetDateTime createdAt;
    @Column(name = "finished_at") OffsetDateTime finishedAt;
}
