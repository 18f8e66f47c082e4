package org.enhancedpractice.xapi.document;

import static org.enhancedpractice.xapi.document.DocumentMergeTest.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.persistence.DocumentRow;
import org.enhancedpractice.xapi.persistence.JpaDocumentStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The write rules of the document resources (xAPI 1.0.3 Part 3 §2.2, §3.1). The JPA store is replaced by an
 * in-memory map here (no database in unit tests); LrsDocumentsIT runs the same rules on PostgreSQL.
 */
class LrsDocumentsTest {
    private static final DocumentContext PROFILE = new DocumentContext(null, DocumentKind.ACTIVITY_PROFILE,
            "https://ept.example/a", null);
    private static final DocumentContext STATE = new DocumentContext(null, DocumentKind.STATE, "https://ept.example/a",
            "mbox:mailto:l@example.ac.uk");
    private final LrsDocuments documents = new LrsDocuments();
    private final Map<String, DocumentRow> rows = new HashMap<>();

    @BeforeEach
    void inMemoryStore() {
        documents.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
        documents.store = new JpaDocumentStore() {
            @Override
            public Optional<DocumentRow> find(String key) {
                return Optional.ofNullable(rows.get(key));
            }

            @Override
            public Optional<DocumentRow> findForUpdate(String key) {
                return find(key);
            }

            @Override
            public void save(DocumentRow row) {
                rows.put(row.docKey(), row);
            }

            @Override
            public void delete(String key) {
                rows.remove(key);
            }

            @Override
            public List<DocumentStamp> ids(String context, String registration, Instant since) {
                List<DocumentStamp> ids = new ArrayList<>();
                rows.values().stream().filter(r -> r.contextKey().equals(context))
                        .forEach(r -> ids.add(new DocumentStamp(r.documentId(), r.updated())));
                return ids;
            }
        };
    }

    @Test
    void profilePutOfNewDocumentWithoutPreconditionIs400AndStoresNothing() {
        DocumentKey key = PROFILE.document(null, "p");
        LrsProblem problem = assertThrows(LrsProblem.class,
                () -> documents.put(key, Preconditions.NONE, "application/json", bytes("{\"a\":1}")));
        assertEquals(400, problem.status());
        assertEquals(LrsProblem.PRECONDITION_REQUIRED, problem.code());
        assertTrue(documents.get(key).isEmpty());
    }

    @Test
    void profilePutOverExistingDocumentWithoutPreconditionIs409AndChangesNothing() {
        DocumentKey key = PROFILE.document(null, "p");
        documents.put(key, new Preconditions(null, "*"), "application/json", bytes("{\"a\":1}"));
        LrsProblem problem = assertThrows(LrsProblem.class,
                () -> documents.put(key, Preconditions.NONE, "application/json", bytes("{\"a\":2}")));
        assertEquals(409, problem.status());
        assertEquals(LrsProblem.DOCUMENT_CONFLICT, problem.code());
        assertEquals("{\"a\":1}", content(key));
    }

    @Test
    void profilePutWithCurrentEtagReplaces() {
        DocumentKey key = PROFILE.document(null, "p");
        documents.put(key, new Preconditions(null, "*"), "application/json", bytes("{\"a\":1}"));
        String etag = documents.get(key).orElseThrow().quotedEtag();
        documents.put(key, new Preconditions(etag, null), "text/plain", bytes("plain"));
        assertEquals("plain", content(key));
        assertEquals("text/plain", documents.get(key).orElseThrow().contentType());
    }

    @Test
    void statePutNeedsNoPrecondition() {
        DocumentKey key = STATE.document(null, "s");
        documents.put(key, Preconditions.NONE, "application/json", bytes("{\"a\":1}"));
        documents.put(key, Preconditions.NONE, "application/json", bytes("{\"a\":2}"));
        assertEquals("{\"a\":2}", content(key));
    }

    @Test
    void failedPreconditionWritesNothing() {
        DocumentKey key = STATE.document(null, "s");
        documents.put(key, Preconditions.NONE, "application/json", bytes("{\"a\":1}"));
        assertThrows(LrsProblem.class, () -> documents.post(key, new Preconditions("\"stale\"", null),
                "application/json", bytes("{\"b\":2}")));
        assertThrows(LrsProblem.class, () -> documents.delete(key, new Preconditions(null, "*")));
        assertEquals("{\"a\":1}", content(key));
    }

    @Test
    void postMergesIntoExistingJsonAndKeepsEtagInStepWithContent() {
        DocumentKey key = STATE.document("0e2ba1b0-5a4f-4c84-9c1c-3a8e1d0c0a1b", "s");
        documents.post(key, Preconditions.NONE, "application/json", bytes("{\"car\":\"Honda\"}"));
        documents.post(key, Preconditions.NONE, "application/json", bytes("{\"type\":\"Civic\"}"));
        StoredDocument merged = documents.get(key).orElseThrow();
        assertEquals("{\"car\":\"Honda\",\"type\":\"Civic\"}", new String(merged.content(), StandardCharsets.UTF_8));
        assertEquals(ETags.of(merged.content()), merged.etag());
    }

    @Test
    void postOfJsonThatIsNotAnObjectIsRefusedEvenForANewDocument() {
        DocumentKey key = STATE.document(null, "new");
        assertThrows(LrsProblem.class, () -> documents.post(key, Preconditions.NONE, "application/json", bytes("[1]")));
        assertTrue(documents.get(key).isEmpty());
        documents.post(key, Preconditions.NONE, "application/octet-stream", bytes("[1]"));
        assertEquals("[1]", content(key), "other types are stored as they are");
    }

    @Test
    void registrationsAndKindsAreSeparateDocuments() {
        documents.put(STATE.document(null, "s"), Preconditions.NONE, "text/plain", bytes("none"));
        documents.put(STATE.document("0e2ba1b0-5a4f-4c84-9c1c-3a8e1d0c0a1b", "s"), Preconditions.NONE, "text/plain",
                bytes("one"));
        assertEquals("none", content(STATE.document(null, "s")));
        assertTrue(documents.get(PROFILE.document(null, "s")).isEmpty());
        assertEquals(2, documents.ids(STATE, null, null).size());
    }

    private String content(DocumentKey key) {
        return new String(documents.get(key).orElseThrow().content(), StandardCharsets.UTF_8);
    }
}
