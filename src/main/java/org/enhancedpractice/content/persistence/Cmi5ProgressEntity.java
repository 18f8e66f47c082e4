package org.enhancedpractice.content.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;

@Entity
@Table(name = "cmi5_progress")
@IdClass(Cmi5ProgressEntity.Key.class)
class Cmi5ProgressEntity {
    @Id @Column(name = "registration_id") String registrationId;
    @Id @Column(name = "object_hash") String objectHash;
    @Column(name = "object_id") String objectId;
    String kind;
    @Column(name = "completed_at") OffsetDateTime completedAt;
    @Column(name = "passed_at") OffsetDateTime passedAt;
    @Column(name = "failed_at") OffsetDateTime failedAt;
    @Column(name = "score_scaled") BigDecimal scoreScaled;
    @Column(name = "waived_reason") String waivedReason;
    @Column(name = "satisfied_at") OffsetDateTime satisfiedAt;

    public static class Key implements Serializable {
        String registrationId;
        String objectHash;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(registrationId, k.registrationId)
                    && Objects.equals(objectHash, k.objectHash);
        }

        @Override
        public int hashCode() {
            return Objects.hash(registrationId, objectHash);
        }
    }
}
