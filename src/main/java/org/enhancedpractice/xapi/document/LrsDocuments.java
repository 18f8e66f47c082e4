package org.enhancedpractice.xapi.document;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.persistence.DocumentRow;
import org.enhancedpractice.xapi.persistence.JpaDocumentStore;
import org.enhancedpractice.xapi.persistence.JpaDocumentStore.DocumentStamp;

/**
 * The rules of the three document resources (xAPI 1.0.3 Part 3 §2.2–2.3, §2.6–2.7, §3.1). Every write reads the
 * stored document under a row lock, checks the preconditions against its ETag (412), and only then writes: PUT
 * replaces (a profile PUT without If-Match or If-None-Match: 409 when it exists, else 400), POST merges JSON objects
 * or stores a new document, DELETE removes.
 */
@ApplicationScoped
public class LrsDocuments {
    /** Content type of a document sent without one (RFC 9110 §8.3: the recipient may assume it). */
    public static final String DEFAULT_TYPE = "application/octet-stream";

    @Inject JpaDocumentStore store;
    @Inject Clock clock;

    @Transactional
    public void put(DocumentKey key, Preconditions preconditions, String contentType, byte[] content) {
        Optional<StoredDocument> existing = locked(key);
        preconditions.check(existing.map(StoredDocument::etag).orElse(null));
        if (!preconditions.present() && key.context().kind().putNeedsPrecondition()) {
            throw missingPrecondition(existing.isPresent());
        }
        write(key, contentType, content);
    }

    /**
     * Part 3 §3.1: over an existing profile document, 409 (an LRS requirement); over none, 400, because "a Client
     * making a PUT request to either the Agent Profile Resource or Activity Profile Resource MUST include the
     * If-Match header or the If-None-Match header" (the ADL conformance suite expects the LRS to enforce it).
     */
    private static LrsProblem missingPrecondition(boolean exists) {
        if (exists) {
            return new LrsProblem(409, LrsProblem.DOCUMENT_CONFLICT, "Document conflict", "The document exists:"
                    + " fetch it to check its current state, then PUT again with If-Match set to its ETag"
                    + " (Part 3 §3.1)");
        }
        return LrsProblem.badRequest(LrsProblem.PRECONDITION_REQUIRED, "A PUT to a profile resource needs"
                + " If-None-Match: * for a new document, or If-Match with the current ETag (Part 3 §3.1)");
    }

    @Transactional
    public void post(DocumentKey key, Preconditions preconditions, String contentType, byte[] content) {
        Optional<StoredDocument> existing = locked(key);
        preconditions.check(existing.map(StoredDocument::etag).orElse(null));
        if (existing.isPresent()) {
            write(key, existing.get().contentType(), DocumentMerge.merge(existing.get(), contentType, content));
        } else {
            if (DocumentMerge.isJsonType(contentType)) {
                DocumentMerge.object(content, "posted");
            }
            write(key, contentType, content);
        }
    }

    public Optional<StoredDocument> get(DocumentKey key) {
        return store.find(key.key()).map(LrsDocuments::document);
    }

    /** Ids of the documents in a context (of one registration, or all when null), updated after {@code since}. */
    public List<DocumentStamp> ids(DocumentContext context, String registration, Instant since) {
        return store.ids(context.key(), registration, since);
    }

    @Transactional
    public void delete(DocumentKey key, Preconditions preconditions) {
        Optional<StoredDocument> existing = locked(key);
        preconditions.check(existing.map(StoredDocument::etag).orElse(null));
        existing.ifPresent(d -> store.delete(key.key()));
    }

    /** Deletes every document of a context (of one registration, or all when null). */
    @Transactional
    public void deleteAll(DocumentContext context, String registration) {
        store.deleteAll(context.key(), registration);
    }

    private Optional<StoredDocument> locked(DocumentKey key) {
        return store.findForUpdate(key.key()).map(LrsDocuments::document);
    }

    private void write(DocumentKey key, String contentType, byte[] content) {
        DocumentContext c = key.context();
        store.save(new DocumentRow(key.key(), c.key(), c.tenantId(), c.kind().name(), c.activityId(), c.agentIfi(),
                key.registration(), key.documentId(), contentType == null ? DEFAULT_TYPE : contentType, content,
                ETags.of(content), clock.instant().truncatedTo(ChronoUnit.MILLIS)));
    }

    private static StoredDocument document(DocumentRow row) {
        return new StoredDocument(row.contentType(), row.content(), row.etag(), row.updated());
    }
}
