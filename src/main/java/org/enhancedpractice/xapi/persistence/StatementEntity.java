package org.enhancedpractice.xapi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "xapi_statement")
class StatementEntity {
    @Id String id;
    @Column(name = "tenant_id") String tenantId;
    @Column(name = "statement_json") String statementJson;
    @Column(name = "actor_ifi") String actorIfi;
    @Column(name = "verb_id") String verbId;
    @Column(name = "object_activity_id") String objectActivityId;
    String registration;
    OffsetDateTime stored;
    @Column(name = "event_time") OffsetDateTime eventTime;
    boolean voided;
    @Column(name = "voided_by") String voidedBy;
}
