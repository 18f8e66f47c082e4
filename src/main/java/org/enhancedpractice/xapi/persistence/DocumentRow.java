package org.enhancedpractice.xapi.persistence;

import java.time.Instant;
import java.util.UUID;

/**
 * One stored document as the store sees it: its two hash keys (see V3__lrs_documents.sql), what they were made of,
 * and the document itself.
 */
public record DocumentRow(String docKey, String contextKey, UUID tenantId, String kind, String activityId,
                          String agentIfi, String registration, String documentId, String contentType, byte[] content,
                          String etag, Instant updated) {
}
