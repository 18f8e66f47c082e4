package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.Xapi;
import org.enhancedpractice.xapi.persistence.JpaStatementStore;
import org.enhancedpractice.xapi.persistence.StatementRow;

/**
 * Stores statements the tool writes itself. Fills in what the LRS owns (id if absent, timestamp if absent, stored,
 * authority, version: xAPI 1.0.3 Part 2 §2.4.7–2.4.10) and keeps the whole JSON as stored.
 */
@ApplicationScoped
public class StatementStore {
    @Inject JpaStatementStore rows;
    @Inject Event<StatementStored> stored;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    @Transactional
    public UUID store(NewStatement statement) {
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        JsonObject json = complete(statement.statement(), now);
        UUID id = UUID.fromString(json.getString("id"));
        String verb = json.getJsonObject("verb").getString("id");
        JsonObject object = json.getJsonObject("object");
        String activity = object.getString("objectType", "Activity").equals("Activity") ? object.getString("id") : null;
        String registration = json.containsKey("context")
                ? json.getJsonObject("context").getString("registration", null) : null;
        rows.insert(new StatementRow(id, statement.tenantId(), json.toString(), actorIfi(json.getJsonObject("actor")),
                verb, activity, registration, now, Instant.parse(json.getString("timestamp"))));
        stored.fire(new StatementStored(id, statement.tenantId(), verb, activity));
        return id;
    }

    public java.util.Optional<JsonObject> find(UUID id) {
        return rows.find(id).map(row -> JSON.createReader(new java.io.StringReader(row.json())).readObject());
    }

    private JsonObject complete(JsonObject statement, Instant now) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(statement);
        if (!statement.containsKey("id")) {
            builder.add("id", UUID.randomUUID().toString());
        }
        String stamp = DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        if (!statement.containsKey("timestamp")) {
            builder.add("timestamp", stamp);
        }
        builder.add("stored", stamp);
        builder.add("version", Xapi.VERSION);
        builder.add("authority", JSON.createObjectBuilder().add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", settings.baseUrl()).add("name", "tool")));
        return builder.build();
    }

    /** The inverse functional identifier as one string, the key for agent queries (Part 2 §2.4.2.1). */
    static String actorIfi(JsonObject actor) {
        if (actor.get("mbox") instanceof JsonString mbox) {
            return "mbox:" + mbox.getString();
        }
        if (actor.get("mbox_sha1sum") instanceof JsonString sha) {
            return "mbox_sha1sum:" + sha.getString();
        }
        if (actor.get("openid") instanceof JsonString openid) {
            return "openid:" + openid.getString();
        }
        JsonObject account = actor.getJsonObject("account");
        if (account == null) {
            throw new IllegalArgumentException("The actor has no inverse functional identifier");
        }
        return "account:" + account.getString("homePage") + "|" + account.getString("name");
    }
}
