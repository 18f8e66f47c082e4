package org.enhancedpractice.xapi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "xapi_client")
class LrsClientEntity {
    @Id @Column(name = "client_key") String key;
    @Column(name = "secret_hash") String secretHash;
    String salt;
    int iterations;
    String scopes;
    @Column(name = "tenant_id") String tenantId;
    boolean disabled;
    @Column(name = "created_at") OffsetDateTime createdAt;
    @Column(name = "updated_at") OffsetDateTime updatedAt;
}
