package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "tool_key")
class ToolKeyEntity {
    @Id String kid;
    @Column(name = "private_jwk") String privateJwk;
    String status;
    @Column(name = "created_at") OffsetDateTime createdAt;
}
