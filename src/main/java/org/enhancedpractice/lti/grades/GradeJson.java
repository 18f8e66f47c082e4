package org.enhancedpractice.lti.grades;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;

/** The JSON form of outbox entries, shared by the tutor endpoint and the administrator API. */
public final class GradeJson {
    private GradeJson() {
    }

    public static JsonObject entry(OutboxEntry e) {
        GradeRequest r = e.request();
        JsonObjectBuilder json = JSON.createObjectBuilder().add("id", e.id().toString()).add("status", e.status().name())
                .add("userId", r.userId()).add("deploymentId", r.link().deploymentId())
                .add("contextId", r.link().contextId()).add("resourceLinkId", r.link().resourceLinkId())
                .add("activityProgress", r.activityProgress().name()).add("gradingProgress", r.gradingProgress().name())
                .add("actionTime", r.actionTime().toString()).add("attempts", e.attempts())
                .add("createdAt", e.createdAt().toString());
        if (r.scoreGiven() != null) {
            json.add("scoreGiven", r.scoreGiven()).add("scoreMaximum", r.scoreMaximum());
        }
        optional(json, "comment", r.comment());
        optional(json, "lineItem", e.lineItemUrl());
        optional(json, "sentTimestamp", e.sentTimestamp());
        optional(json, "nextAttemptAt", e.status() == GradeStatus.PENDING ? e.nextAttemptAt() : null);
        optional(json, "finishedAt", e.finishedAt());
        if (e.lastHttpStatus() != null) {
            json.add("platformStatus", e.lastHttpStatus());
        }
        optional(json, "platformMessage", e.lastMessage());
        return json.build();
    }

    public static JsonObject list(String name, List<OutboxEntry> entries) {
        JsonArrayBuilder array = JSON.createArrayBuilder();
        entries.forEach(e -> array.add(entry(e)));
        return JSON.createObjectBuilder().add(name, array).build();
    }

    private static void optional(JsonObjectBuilder json, String name, Object value) {
        if (value != null) {
            json.add(name, value.toString());
        }
    }
}
