package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_score_clock")
class ScoreClockEntity {
    @Id String id;
    @Column(name = "line_item_url") String lineItemUrl;
    @Column(name = "user_id") String userId;
    @Column(name = "last_timestamp") OffsetDateTime lastTimestamp;
}
