package org.enhancedpractice.xapi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "xapi_activity")
class ActivityEntity {
    @Id @Column(name = "activity_key") String activityKey;
    @Column(name = "tenant_id") String tenantId;
    @Column(name = "activity_id") String activityId;
    @Column(name = "definition_json") String definitionJson;
    OffsetDateTime updated;
}
