package org.enhancedpractice.xapi.statement;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * What a statement mentions, for the query filters of xAPI 1.0.3 Part 3 §2.1.3: {@code agent} and {@code activity}
 * match DIRECT entries; {@code related_agents} / {@code related_activities} also match RELATED ones (authority,
 * context instructor and team, group members, context activities, and everything inside a SubStatement).
 */
public record StatementIndex(Set<Entry> agents, Set<Entry> activities) {
    public static final String DIRECT = "DIRECT";
    public static final String RELATED = "RELATED";
    /** The authority's own IFI once more, for statements/read/mine (Part 3 §4.2); no query parameter matches it. */
    public static final String AUTHORITY = "AUTHORITY";

    /** One indexed value and whether it is direct or related. */
    public record Entry(String value, String relation) {
    }

    public static StatementIndex of(JsonObject statement) {
        StatementIndex index = new StatementIndex(new LinkedHashSet<>(), new LinkedHashSet<>());
        index.collect(statement, true);
        if (statement.get("authority") instanceof JsonObject authority) {
            index.agent(authority, RELATED);
            Ifi.of(authority).ifPresent(ifi -> index.agents.add(new Entry(ifi, AUTHORITY)));
        }
        return index;
    }

    private void collect(JsonObject statement, boolean direct) {
        String relation = direct ? DIRECT : RELATED;
        agent(statement.getJsonObject("actor"), relation);
        JsonObject object = statement.getJsonObject("object");
        switch (object.getString("objectType", "Activity")) {
            case "Activity" -> activities.add(new Entry(object.getString("id"), relation));
            case "Agent", "Group" -> agent(object, relation);
            case "SubStatement" -> collect(object, false);
            default -> { }
        }
        if (statement.get("context") instanceof JsonObject context) {
            context(context);
        }
    }

    private void context(JsonObject context) {
        for (String key : new String[] {"instructor", "team"}) {
            if (context.get(key) instanceof JsonObject agent) {
                agent(agent, RELATED);
            }
        }
        if (context.get("contextActivities") instanceof JsonObject groups) {
            for (JsonValue list : groups.values()) {
                for (JsonValue activity : list instanceof JsonArray array ? array : java.util.List.of(list)) {
                    activities.add(new Entry(activity.asJsonObject().getString("id"), RELATED));
                }
            }
        }
    }

    private void agent(JsonObject agent, String relation) {
        Ifi.of(agent).ifPresent(ifi -> agents.add(new Entry(ifi, relation)));
        if (agent.get("member") instanceof JsonArray members) {
            for (JsonValue member : members) {
                Ifi.of(member.asJsonObject()).ifPresent(ifi -> agents.add(new Entry(ifi, RELATED)));
            }
        }
    }
}
