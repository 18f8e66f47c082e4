package org.enhancedpractice.xapi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "xapi_launch_credential")
class LaunchCredentialEntity {
    @Id @Column(name = "credential_id") String credentialId;
    @Column(name = "secret_hash") String secretHash;
    @Column(name = "tenant_id") String tenantId;
    @Column(name = "actor_json") String actorJson;
    String registration;
    @Column(name = "activity_id") String activityId;
    OffsetDateTime expires;
    @Column(name = "created_at") OffsetDateTime createdAt;
}
