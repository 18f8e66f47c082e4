package org.enhancedpractice.content.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "cmi5_registration")
class Cmi5RegistrationEntity {
    @Id String id;
    @Column(name = "tenant_id") String tenantId;
    @Column(name = "actor_home_page") String actorHomePage;
    @Column(name = "actor_name") String actorName;
    @Column(name = "course_id") String courseId;
    @Column(name = "course_hash") String courseHash;
    @Column(name = "created_at") OffsetDateTime createdAt;
}
