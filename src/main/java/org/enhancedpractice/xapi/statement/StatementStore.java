package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.activity.ActivityDefinitions;
import org.enhancedpractice.xapi.attachment.AttachmentContent;
import org.enhancedpractice.xapi.attachment.AttachmentMatching;
import org.enhancedpractice.xapi.attachment.AttachmentStore;
import org.enhancedpractice.xapi.forward.ForwardOutbox;
import org.enhancedpractice.xapi.persistence.JpaStatementStore;
import org.enhancedpractice.xapi.persistence.StatementRow;
import org.enhancedpractice.xapi.validation.TimeFormats;

/**
 * Stores statements, those the tool writes itself and those LRS clients send. Fills in what the LRS owns (id if
 * absent, timestamp if absent, stored, authority, version: xAPI 1.0.3 Part 2 §2.4.7–2.4.10), keeps the whole JSON,
 * indexes it for queries, applies voiding (§2.3.2), queues it for forwarding to an external LRS when configured (in
 * the same transaction) and fires {@link StatementStored} (observed after commit).
 */
@ApplicationScoped
public class StatementStore {
    @Inject JpaStatementStore rows;
    @Inject ActivityDefinitions definitions;
    @Inject AttachmentStore attachments;
    @Inject ForwardOutbox forwarding;
    @Inject Event<StatementStored> stored;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    /** A statement of the tool itself; the authority is the tool. */
    @Transactional
    public UUID store(NewStatement statement) {
        return store(statement, List.of());
    }

    /**
     * A statement of the tool itself with the data of its attachments (e.g. workplace evidence files): every part
     * must be declared by an attachment object of the statement with the part's SHA-2, and every attachment object
     * without a fileUrl needs its part (xAPI 1.0.3 Part 3 §1.5.2); else {@link org.enhancedpractice.xapi.LrsProblem}
     * (400). Parts are stored once per tenant and SHA-2, in the same transaction as the statement.
     */
    @Transactional
    public UUID store(NewStatement statement, List<AttachmentContent> parts) {
        JsonObject authority = JSON.createObjectBuilder().add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", settings.baseUrl()).add("name", "tool"))
                .build();
        JsonObject json = JSON.createObjectBuilder(statement.statement()).add("version", Xapi.VERSION).build();
        Map<String, AttachmentContent> matched = AttachmentMatching.check(List.of(json), parts, true);
        UUID id = persist(statement.tenantId(), json, authority, now());
        attachments.save(statement.tenantId(), id, json, matched);
        definitions.learn(statement.tenantId(), statement.statement());
        return id;
    }

    /** The data of one attachment of a statement of the tenant ({@code null}: statements stored without a tenant). */
    public Optional<AttachmentContent> attachment(UUID tenantId, UUID statementId, String sha2) {
        return attachments.find(tenantId, statementId, sha2);
    }

    public Optional<JsonObject> find(UUID id) {
        return rows.find(id).map(row -> parse(row.json()));
    }

    /** The row, voided or not, for the LRS's own rules. */
    public Optional<StatementRow> row(UUID id) {
        return rows.find(id);
    }

    public Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /** Completes, indexes and inserts one statement (already validated) in the caller's transaction. */
    public UUID persist(UUID tenantId, JsonObject statement, JsonObject authority, Instant now) {
        JsonObject json = StatementCompletion.complete(statement, authority, now);
        UUID id = UUID.fromString(json.getString("id"));
        String verb = json.getJsonObject("verb").getString("id");
        JsonObject object = json.getJsonObject("object");
        String objectType = object.getString("objectType", "Activity");
        String activity = objectType.equals("Activity") ? object.getString("id") : null;
        String registration = json.containsKey("context")
                ? json.getJsonObject("context").getString("registration", null) : null;
        StatementIndex index = StatementIndex.of(json);
        String actor = Ifi.of(json.getJsonObject("actor")).orElse("anonymous-group");
        rows.insert(new StatementRow(id, tenantId, json.toString(), actor, verb, activity,
                        registration == null ? null : registration.toLowerCase(java.util.Locale.ROOT), now,
                        TimeFormats.toInstant(json.getString("timestamp")),
                        false),
                byValue(index.agents()), byValue(index.activities()));
        if ("StatementRef".equals(objectType)) {
            UUID target = UUID.fromString(object.getString("id"));
            rows.recordTarget(id, target);
            if (Xapi.VERB_VOIDED.equals(verb)) {
                rows.markVoided(target, id);
            }
        }
        forwarding.enqueue(tenantId, id, actor);
        stored.fire(new StatementStored(id, tenantId, verb, activity));
        return id;
    }

    private static Map<String, List<String>> byValue(Set<StatementIndex.Entry> entries) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        entries.forEach(e -> map.computeIfAbsent(e.value(), k -> new ArrayList<>()).add(e.relation()));
        return map;
    }

    static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
