package org.enhancedpractice.xapi.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "xapi_document")
class DocumentEntity {
    @Id @Column(name = "doc_key") String docKey;
    @Column(name = "context_key") String contextKey;
    @Column(name = "tenant_id") String tenantId;
    String kind;
    @Column(name = "activity_id") String activityId;
    @Column(name = "agent_ifi") String agentIfi;
    String registration;
    @Column(name = "document_id") String documentId;
    @Column(name = "content_type") String contentType;
    byte[] content;
    String etag;
    OffsetDateTime updated;
}
