package org.enhancedpractice.xapi.activity;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enhancedpractice.xapi.persistence.JpaActivityStore;
import org.enhancedpractice.xapi.persistence.StoreKeys;

/**
 * The LRS's canonical Activity definitions (xAPI 1.0.3 Part 2 §2.4.4.1, Part 3 §2.5), one per tenant space.
 * Definitions seen in a statement are merged after the statement's transaction commits, in a transaction of their
 * own: a definition is advisory, and two batches introducing the same Activity at once must not fail a statement
 * write over it. A lost race is retried once.
 */
@ApplicationScoped
public class ActivityDefinitions {
    private static final Logger LOG = Logger.getLogger(ActivityDefinitions.class.getName());

    @Inject JpaActivityStore store;
    @Inject Event<DefinitionsSeen> seen;
    @Inject Clock clock;

    /** The definitions a batch carried, announced inside its transaction and merged after it commits. */
    record DefinitionsSeen(UUID tenantId, Map<String, JsonObject> definitions) {
    }

    /** Learns the definitions of every Activity a statement names (object, context activities, SubStatement). */
    public void learn(UUID tenantId, JsonObject statement) {
        Map<String, JsonObject> found = new LinkedHashMap<>();
        collect(statement, found);
        if (!found.isEmpty()) {
            seen.fire(new DefinitionsSeen(tenantId, found));
        }
    }

    void merge(@Observes(during = TransactionPhase.AFTER_SUCCESS) DefinitionsSeen batch) {
        batch.definitions().forEach((id, definition) -> {
            try {
                mergeOne(batch.tenantId(), id, definition);
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "Retrying the definition of " + id + " after a concurrent insert", e);
                mergeOne(batch.tenantId(), id, definition);
            }
        });
    }

    private void mergeOne(UUID tenantId, String activityId, JsonObject definition) {
        store.update(StoreKeys.of(tenantId, activityId), tenantId, activityId,
                stored -> DefinitionMerge.merge(stored == null ? null : parse(stored), definition).toString(),
                clock.instant());
    }

    /**
     * The Activity object with its canonical definition (Part 3 §2.5; an unknown Activity is still returned, with
     * its id only). {@code tenantId} null, the tool-wide demo client, merges the definitions of every tenant.
     */
    public JsonObject activity(UUID tenantId, String activityId) {
        JsonObject definition = tenantId == null
                ? DefinitionMerge.mergeAll(store.definitionsEverywhere(activityId).stream()
                        .map(ActivityDefinitions::parse).toList())
                : store.definition(StoreKeys.of(tenantId, activityId)).map(ActivityDefinitions::parse)
                        .orElse(JsonValue.EMPTY_JSON_OBJECT);
        var activity = JSON.createObjectBuilder().add("objectType", "Activity").add("id", activityId);
        if (!definition.isEmpty()) {
            activity.add("definition", definition);
        }
        return activity.build();
    }

    static void collect(JsonObject statement, Map<String, JsonObject> found) {
        JsonObject object = statement.getJsonObject("object");
        String type = object.getString("objectType", "Activity");
        if ("Activity".equals(type)) {
            add(object, found);
        } else if ("SubStatement".equals(type)) {
            collect(object, found);
        }
        if (statement.get("context") instanceof JsonObject context
                && context.get("contextActivities") instanceof JsonObject groups) {
            for (JsonValue group : groups.values()) {
                for (JsonValue activity : group instanceof JsonArray list ? list : List.of(group)) {
                    add(activity.asJsonObject(), found);
                }
            }
        }
    }

    private static void add(JsonObject activity, Map<String, JsonObject> found) {
        if (activity.get("definition") instanceof JsonObject definition && !definition.isEmpty()) {
            found.merge(activity.getString("id"), definition, DefinitionMerge::merge);
        }
    }

    private static JsonObject parse(String json) {
        return JSON.createReader(new StringReader(json)).readObject();
    }
}
