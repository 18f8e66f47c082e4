package org.enhancedpractice.xapi.document;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.statement.Ifi;
import org.enhancedpractice.xapi.validation.InvalidStatement;
import org.enhancedpractice.xapi.validation.ParameterChecks;
import org.enhancedpractice.xapi.validation.TimeFormats;

/**
 * The query parameters of the document, Activities and Agents resources (xAPI 1.0.3 Part 3 §2.3–2.7), each checked
 * for its type: a parameter the resource does not define, one given twice, a required one missing or a malformed
 * value is refused with 400 ({@code xapi-bad-parameter}).
 */
public final class DocumentParams {
    public static final String ACTIVITY_ID = "activityId";
    public static final String AGENT = "agent";
    public static final String REGISTRATION = "registration";
    public static final String STATE_ID = "stateId";
    public static final String PROFILE_ID = "profileId";
    public static final String SINCE = "since";

    private static final Pattern UUID_TEXT =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private final Map<String, String> values = new LinkedHashMap<>();

    public DocumentParams(Map<String, List<String>> raw, Set<String> allowed) {
        raw.forEach((name, list) -> {
            if (!allowed.contains(name)) {
                throw bad("Unknown parameter '" + name + "'; this resource takes " + allowed);
            }
            if (list.size() != 1) {
                throw bad("Parameter '" + name + "' must appear once");
            }
            values.put(name, list.get(0));
        });
    }

    public boolean has(String name) {
        return values.containsKey(name);
    }

    public String required(String name) {
        String value = values.get(name);
        if (value == null || value.isEmpty()) {
            throw bad("Parameter '" + name + "' is required");
        }
        return value;
    }

    /** The activityId parameter, an IRI. */
    public String activityId() {
        String value = required(ACTIVITY_ID);
        try {
            ParameterChecks.iri(value, ACTIVITY_ID);
        } catch (InvalidStatement e) {
            throw bad(ACTIVITY_ID + " must be an IRI");
        }
        return value;
    }

    /** The agent parameter: an Agent (not a Group) as JSON, valid as in a statement. */
    public JsonObject agent() {
        String json = required(AGENT);
        try {
            JsonValue agent = JSON.createReader(new StringReader(json)).readValue();
            ParameterChecks.agent(agent, AGENT);
            return agent.asJsonObject();
        } catch (JsonException | InvalidStatement e) {
            throw bad("agent must be an Agent object as JSON: " + e.getMessage());
        }
    }

    /** The agent parameter as the inverse functional identifier documents are kept under. */
    public String agentIfi() {
        return Ifi.of(agent()).orElseThrow();
    }

    /** The registration parameter in lowercase, or null. */
    public String registration() {
        String value = values.get(REGISTRATION);
        if (value == null) {
            return null;
        }
        if (!UUID_TEXT.matcher(value).matches()) {
            throw bad("registration must be a UUID");
        }
        return value.toLowerCase(Locale.ROOT);
    }

    /** The since parameter, or null. */
    public Instant since() {
        String value = values.get(SINCE);
        if (value == null) {
            return null;
        }
        if (!TimeFormats.isTimestamp(value)) {
            throw bad("since must be an ISO 8601 timestamp");
        }
        return TimeFormats.toInstant(value);
    }

    static LrsProblem bad(String detail) {
        return LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, detail);
    }
}
