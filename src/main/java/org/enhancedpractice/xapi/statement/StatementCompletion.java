package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

/**
 * The properties the LRS sets on an accepted statement (xAPI 1.0.3 Part 2): id if absent (§2.4.1), timestamp =
 * stored if absent (§2.4.7), stored (§2.4.8), authority from the credentials (§2.4.9), version "1.0.0" if absent
 * (§2.4.10), and context activities always as arrays (§2.4.6.2).
 */
final class StatementCompletion {
    /** Part 2 §2.4.10: a statement that names no version is a 1.0.0 statement. */
    static final String DEFAULT_VERSION = "1.0.0";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX");

    private StatementCompletion() {
    }

    static String format(Instant instant) {
        return STAMP.format(OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
    }

    static JsonObject complete(JsonObject statement, JsonObject authority, Instant now) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(normalise(statement));
        if (!statement.containsKey("id")) {
            builder.add("id", UUID.randomUUID().toString());
        }
        String stamp = format(now);
        if (!statement.containsKey("timestamp")) {
            builder.add("timestamp", stamp);
        }
        builder.add("stored", stamp).add("authority", authority);
        if (!statement.containsKey("version")) {
            builder.add("version", DEFAULT_VERSION);
        }
        return builder.build();
    }

    /** Context activities as arrays, here and in a SubStatement. */
    static JsonObject normalise(JsonObject statement) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(statement);
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject activities) {
            JsonObjectBuilder arrays = JSON.createObjectBuilder();
            activities.forEach((key, value) -> arrays.add(key, asArray(value)));
            builder.add("context", JSON.createObjectBuilder(context).add("contextActivities", arrays));
        }
        if (statement.get("object") instanceof JsonObject object && "SubStatement".equals(object.getString("objectType", ""))) {
            builder.add("object", normalise(object));
        }
        return builder.build();
    }

    private static JsonArray asArray(JsonValue value) {
        return value instanceof JsonArray array ? array : JSON.createArrayBuilder().add(value).build();
    }
}
