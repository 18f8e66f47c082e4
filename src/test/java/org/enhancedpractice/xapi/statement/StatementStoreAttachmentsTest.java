package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.attachment.RecordingAttachments;
import org.enhancedpractice.xapi.persistence.JpaStatementStore;
import org.enhancedpractice.xapi.persistence.StatementRow;
import org.enhancedpractice.xapi.validation.Statements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The Java API for the tool's own statements with attachment data (workplace evidence files): parts are matched by
 * SHA-2 before anything is written (xAPI 1.0.3 Part 3 §1.5.2). The database stores are replaced by in-memory
 * recorders here because this test runs without a container; LrsAttachmentsIT covers the real tables over HTTP.
 */
class StatementStoreAttachmentsTest {
    private static final UUID TENANT = UUID.fromString("3d1c0b2a-1e2f-4a5b-9c8d-7e6f5a4b3c2d");
    private static final AttachmentContent LOGBOOK = AttachmentContent.sha256("application/pdf",
            "%PDF-1.7 supervised practice log, 7.5 h".getBytes(StandardCharsets.UTF_8));

    private final List<StatementRow> inserted = new ArrayList<>();
    private final List<String> linked = new ArrayList<>();
    private final List<StatementStored> fired = new ArrayList<>();
    private final List<String> queued = new ArrayList<>();
    private StatementStore store;

    @BeforeEach
    void wire() {
        store = new StatementStore();
        store.rows = new JpaStatementStore() {
            @Override
            public void insert(StatementRow row, Map<String, List<String>> agents, Map<String, List<String>> activities) {
                inserted.add(row);
            }
        };
        store.attachments = RecordingAttachments.recordingInto(linked);
        store.stored = new Recorder();
        store.forwarding = new org.enhancedpractice.xapi.forward.ForwardOutbox() {
            @Override
            public void enqueue(UUID tenantId, UUID statementId, String actorIfi) {
                queued.add(tenantId + " " + statementId + " " + actorIfi);
            }
        };
        // Canonical definitions are the activity package's concern (its own tests); nothing to learn here.
        store.definitions = new org.enhancedpractice.xapi.activity.ActivityDefinitions() {
            @Override
            public void learn(java.util.UUID tenantId, jakarta.json.JsonObject statement) {
            }
        };
        store.settings = new ToolSettings() {
            @Override
            public String baseUrl() {
                return "https://ept.example";
            }
        };
        store.clock = Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC);
    }

    private static NewStatement evidence(AttachmentContent declared) {
        JsonObject statement = Json.createObjectBuilder(Statements.with("")).add("attachments", Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("usageType", "https://ept.example/attachments/evidence")
                        .add("display", Json.createObjectBuilder().add("en-GB", "Logbook"))
                        .add("contentType", declared.contentType()).add("length", declared.content().length)
                        .add("sha2", declared.sha2()))).build();
        return new NewStatement(TENANT, statement);
    }

    @Test
    void storesStatementAndLinksItsPartForTheTenant() {
        UUID id = store.store(evidence(LOGBOOK), List.of(LOGBOOK));
        assertEquals(1, inserted.size());
        assertEquals(List.of(TENANT + "/" + id + "/" + LOGBOOK.sha2()), linked);
        assertEquals(1, fired.size());
        assertEquals(Optional.of(LOGBOOK), store.attachment(TENANT, id, LOGBOOK.sha2().toUpperCase()));
        assertTrue(store.attachment(UUID.randomUUID(), id, LOGBOOK.sha2()).isEmpty(), "another tenant reads nothing");
    }

    @Test
    void refusesUndeclaredPartBeforeWritingAnything() {
        AttachmentContent other = AttachmentContent.sha256("image/jpeg", new byte[] {1, 2, 3});
        LrsProblem e = assertThrows(LrsProblem.class, () -> store.store(evidence(LOGBOOK), List.of(LOGBOOK, other)));
        assertEquals(LrsProblem.ATTACHMENT_UNMATCHED, e.code());
        assertTrue(inserted.isEmpty() && linked.isEmpty() && fired.isEmpty());
    }

    @Test
    void refusesDeclaredAttachmentWithoutPart() {
        assertEquals(LrsProblem.ATTACHMENT_MISSING,
                assertThrows(LrsProblem.class, () -> store.store(evidence(LOGBOOK), List.of())).code());
        assertTrue(inserted.isEmpty());
    }

    @Test
    void storesPlainStatementWithoutParts() {
        store.store(new NewStatement(TENANT, Statements.with("")));
        assertEquals(1, inserted.size());
        assertTrue(linked.isEmpty());
    }

    @Test
    void queuesEveryStoredStatementForForwardingWithItsActor() {
        UUID id = store.store(new NewStatement(TENANT, Statements.with("")));
        assertEquals(List.of(TENANT + " " + id + " " + inserted.get(0).actorIfi()), queued);
    }

    /** Records fired events; the container's after-commit delivery is not part of this test. */
    private final class Recorder implements Event<StatementStored> {
        @Override
        public void fire(StatementStored event) {
            fired.add(event);
        }

        @Override
        public <U extends StatementStored> CompletionStage<U> fireAsync(U event) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends StatementStored> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Event<StatementStored> select(Annotation... qualifiers) {
            return this;
        }

        @Override
        public <U extends StatementStored> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }

        @Override
        public <U extends StatementStored> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
            throw new UnsupportedOperationException();
        }
    }
}
