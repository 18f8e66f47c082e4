package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.validation.InvalidStatement;
import org.enhancedpractice.xapi.validation.StatementValidator;
import org.enhancedpractice.xapi.validation.TimeFormats;

/**
 * Reads the query parameters of GET /xapi/statements (xAPI 1.0.3 Part 3 §2.1.3) and the opaque `more` cursor
 * (§2.1.3 StatementResult). Unknown parameters and malformed values are refused with 400.
 */
public final class StatementQueryParser {
    /** Largest page; limit=0 or no limit means this (Part 3 §2.1.3 "limit"). */
    public static final int MAX_LIMIT = 500;
    static final Set<String> FILTERS = Set.of("agent", "verb", "activity", "registration", "related_activities",
            "related_agents", "since", "until", "limit", "format", "attachments", "ascending");

    private StatementQueryParser() {
    }

    public static StatementQuery parse(Map<String, List<String>> raw) {
        Map<String, String> params = single(raw);
        if (params.containsKey("more")) {
            return fromCursor(params);
        }
        for (String name : params.keySet()) {
            if (!FILTERS.contains(name)) {
                throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "Unknown query parameter '" + name + "'");
            }
        }
        return new StatementQuery(params, agent(params.get("agent")), iri(params, "verb"), iri(params, "activity"),
                registration(params.get("registration")), bool(params, "related_agents"),
                bool(params, "related_activities"), time(params, "since"), time(params, "until"), limit(params),
                format(params.get("format")), bool(params, "ascending"), null, null);
    }

    /** The cursor for the page after the statement stored at {@code stored} with {@code id}. */
    public static String cursor(StatementQuery query, Instant stored, String id) {
        var json = JSON.createObjectBuilder().add("q", JSON.createObjectBuilder(Map.copyOf(query.params())))
                .add("s", stored.toEpochMilli()).add("i", id).build().toString();
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static StatementQuery fromCursor(Map<String, String> params) {
        try {
            String json = new String(Base64.getUrlDecoder().decode(params.get("more")), StandardCharsets.UTF_8);
            JsonObject cursor = JSON.createReader(new StringReader(json)).readObject();
            Map<String, List<String>> original = new LinkedHashMap<>();
            cursor.getJsonObject("q").forEach((k, v) -> original.put(k, List.of(((jakarta.json.JsonString) v).getString())));
            return parse(original).after(Instant.ofEpochMilli(cursor.getJsonNumber("s").longValue()), cursor.getString("i"));
        } catch (IllegalArgumentException | JsonException | ClassCastException | NullPointerException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "The 'more' cursor is not one this LRS issued");
        }
    }

    private static Map<String, String> single(Map<String, List<String>> raw) {
        Map<String, String> params = new LinkedHashMap<>();
        raw.forEach((name, values) -> {
            if (values.size() != 1) {
                throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "Parameter '" + name + "' must appear once");
            }
            params.put(name, values.get(0));
        });
        return params;
    }

    private static String agent(String json) {
        if (json == null) {
            return null;
        }
        try {
            JsonObject agent = JSON.createReader(new StringReader(json)).readObject();
            StatementValidator.validateActor(agent, "agent");
            return Ifi.of(agent).orElseThrow(() -> LrsProblem.badRequest(LrsProblem.BAD_PARAMETER,
                    "agent needs an inverse functional identifier"));
        } catch (JsonException | InvalidStatement e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "agent must be an Agent or identified Group as JSON");
        }
    }

    private static String iri(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value != null && !value.matches("^[A-Za-z][A-Za-z0-9+.-]*:\\S+$")) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " must be an IRI");
        }
        return value;
    }

    private static String registration(String value) {
        if (value == null) {
            return null;
        }
        try {
            return java.util.UUID.fromString(value).toString().toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "registration must be a UUID");
        }
    }

    private static boolean bool(Map<String, String> params, String name) {
        String value = params.getOrDefault(name, "false");
        if (!value.equals("true") && !value.equals("false")) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " must be true or false");
        }
        return Boolean.parseBoolean(value);
    }

    private static Instant time(Map<String, String> params, String name) {
        String value = params.get(name);
        if (value == null) {
            return null;
        }
        if (!TimeFormats.isTimestamp(value)) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, name + " must be an ISO 8601 timestamp");
        }
        return TimeFormats.toInstant(value);
    }

    private static int limit(Map<String, String> params) {
        try {
            int limit = Integer.parseInt(params.getOrDefault("limit", "0"));
            if (limit < 0) {
                throw new NumberFormatException();
            }
            return limit == 0 ? MAX_LIMIT : Math.min(limit, MAX_LIMIT);
        } catch (NumberFormatException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "limit must be a non-negative integer");
        }
    }

    static StatementQuery.Format format(String value) {
        try {
            return value == null ? StatementQuery.Format.EXACT
                    : StatementQuery.Format.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw LrsProblem.badRequest(LrsProblem.BAD_PARAMETER, "format must be ids, exact or canonical");
        }
    }
}
