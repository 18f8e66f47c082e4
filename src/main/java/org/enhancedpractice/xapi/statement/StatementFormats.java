package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import org.enhancedpractice.xapi.statement.StatementQuery.Format;

/**
 * The statement formats of xAPI 1.0.3 Part 3 §2.1.3: {@code exact} as stored; {@code ids} keeps only identifiers of
 * Agents, Groups (and their members), Activities (the id alone: objectType defaults to Activity) and Verbs.
 * {@code canonical} is {@code exact} here; the resource then applies {@link CanonicalFormat}'s language selection.
 */
public final class StatementFormats {
    private StatementFormats() {
    }

    public static JsonObject apply(JsonObject statement, Format format) {
        return format == Format.IDS ? ids(statement) : statement;
    }

    static JsonObject ids(JsonObject statement) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(statement)
                .add("actor", agent(statement.getJsonObject("actor")))
                .add("verb", JSON.createObjectBuilder().add("id", statement.getJsonObject("verb").getString("id")))
                .add("object", object(statement.getJsonObject("object")));
        if (statement.get("authority") instanceof JsonObject authority) {
            builder.add("authority", agent(authority));
        }
        if (statement.get("context") instanceof JsonObject context) {
            builder.add("context", context(context));
        }
        return builder.build();
    }

    private static JsonObject object(JsonObject object) {
        return switch (object.getString("objectType", "Activity")) {
            case "Activity" -> JSON.createObjectBuilder().add("id", object.getString("id")).build();
            case "Agent", "Group" -> agent(object);
            case "SubStatement" -> ids(object);
            default -> object;
        };
    }

    private static JsonObject agent(JsonObject agent) {
        JsonObjectBuilder builder = JSON.createObjectBuilder().add("objectType", agent.getString("objectType", "Agent"));
        for (String ifi : new String[] {"mbox", "mbox_sha1sum", "openid", "account"}) {
            if (agent.containsKey(ifi)) {
                builder.add(ifi, agent.get(ifi));
            }
        }
        if (agent.get("member") instanceof JsonArray members) {
            JsonArrayBuilder list = JSON.createArrayBuilder();
            members.forEach(member -> list.add(agent(member.asJsonObject())));
            builder.add("member", list);
        }
        return builder.build();
    }

    private static JsonObject context(JsonObject context) {
        JsonObjectBuilder builder = JSON.createObjectBuilder(context);
        for (String key : new String[] {"instructor", "team"}) {
            if (context.get(key) instanceof JsonObject agent) {
                builder.add(key, agent(agent));
            }
        }
        if (context.get("contextActivities") instanceof JsonObject groups) {
            JsonObjectBuilder lists = JSON.createObjectBuilder();
            groups.forEach((key, list) -> lists.add(key, activityIds(list)));
            builder.add("contextActivities", lists);
        }
        return builder.build();
    }

    private static JsonArray activityIds(JsonValue list) {
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        for (JsonValue activity : list instanceof JsonArray array ? array : java.util.List.of(list)) {
            ids.add(object(activity.asJsonObject()));
        }
        return ids.build();
    }
}
