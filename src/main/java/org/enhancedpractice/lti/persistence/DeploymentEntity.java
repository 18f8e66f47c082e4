package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_deployment")
class DeploymentEntity {
    @Id String id;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "deployment_id") String deploymentId;
    @Column(name = "tenant_id") String tenantId;
    @Column(name = "actor_home_page") String actorHomePage;
    @Column(name = "created_at") OffsetDateTime createdAt;
}
