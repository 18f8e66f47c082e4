package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "tenant")
class TenantEntity {
    @Id String id;
    String name;
    @Column(name = "created_at") OffsetDateTime createdAt;
}
