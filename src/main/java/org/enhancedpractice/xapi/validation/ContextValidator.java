package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Set;
import org.enhancedpractice.xapi.XapiVersion;

/**
 * Context (xAPI 1.0.3 Part 2 §2.4.6): registration UUID, instructor Agent or Group, team Group, context activities
 * (one Activity or an array per key), revision and platform only when the object is an Activity, RFC 5646 language,
 * a StatementRef, IRI-keyed extensions; in xAPI 2.0 (IEEE 9274.1.1) also contextAgents and contextGroups, and
 * context activities only as arrays.
 */
final class ContextValidator {
    static final Set<String> ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");
    private static final Set<String> KEYS = Set.of("registration", "instructor", "team", "contextActivities", "revision",
            "platform", "language", "statement", "extensions");
    /** IEEE 9274.1.1 (xAPI 2.0) adds context agents and context groups. */
    private static final Set<String> KEYS_2_0 = Set.of("registration", "instructor", "team", "contextActivities",
            "revision", "platform", "language", "statement", "extensions", "contextAgents", "contextGroups");

    private ContextValidator() {
    }

    static void context(JsonValue value, String path, boolean objectIsActivity, XapiVersion version) {
        JsonObject context = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(context, path, version.isTwoPointZero() ? KEYS_2_0 : KEYS);
        JsonShapes.ifPresent(context, "registration", path, JsonShapes::uuid);
        JsonShapes.ifPresent(context, "instructor", path, AgentValidator::agentOrGroup);
        JsonShapes.ifPresent(context, "team", path, ContextValidator::team);
        JsonShapes.ifPresent(context, "contextActivities", path, (v, p) -> contextActivities(v, p, version));
        JsonShapes.ifPresent(context, "contextAgents", path, (v, p) -> ContextAgents.list(v, p, ContextAgents.AGENT));
        JsonShapes.ifPresent(context, "contextGroups", path, (v, p) -> ContextAgents.list(v, p, ContextAgents.GROUP));
        for (String key : new String[] {"revision", "platform"}) {
            if (context.containsKey(key) && !objectIsActivity) {
                throw new InvalidStatement(path + "." + key, Rule.CONTEXT_ACTIVITY_ONLY,
                        "is allowed only when the statement's object is an Activity");
            }
            JsonShapes.ifPresent(context, key, path, JsonShapes::string);
        }
        JsonShapes.ifPresent(context, "language", path, LanguageMaps::tag);
        JsonShapes.ifPresent(context, "statement", path, ObjectValidator::statementRef);
        JsonShapes.ifPresent(context, "extensions", path, JsonShapes::extensions);
    }

    private static void team(JsonValue value, String path) {
        JsonObject team = JsonShapes.object(value, path);
        if (!"Group".equals(team.getString("objectType", ""))) {
            throw new InvalidStatement(path, Rule.TEAM_GROUP, "a team must be a Group");
        }
        AgentValidator.group(team, path);
    }

    /** 1.0.3 allows one Activity or an array per key; xAPI 2.0 requires arrays. */
    private static void contextActivities(JsonValue value, String path, XapiVersion version) {
        JsonObject activities = JsonShapes.object(value, path);
        JsonShapes.onlyKeys(activities, path, ACTIVITY_KEYS);
        for (String key : activities.keySet()) {
            JsonValue entry = activities.get(key);
            if (entry instanceof JsonArray array) {
                for (int i = 0; i < array.size(); i++) {
                    ActivityValidator.activity(array.get(i), path + "." + key + "[" + i + "]");
                }
            } else if (version.isTwoPointZero()) {
                throw new InvalidStatement(path + "." + key, Rule.NOT_AN_ARRAY, "must be an array of Activities in xAPI 2.0");
            } else {
                ActivityValidator.activity(entry, path + "." + key);
            }
        }
    }
}
