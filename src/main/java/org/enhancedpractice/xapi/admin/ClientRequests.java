package org.enhancedpractice.xapi.admin;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Reads the JSON bodies of the administration API into request values; anything else is a 400 with a code. */
final class ClientRequests {
    private static final Set<String> CREATE_PROPERTIES = Set.of("key", "scopes", "tenant");
    private static final Set<String> SCOPES_PROPERTIES = Set.of("scopes");

    private ClientRequests() {
    }

    /** {@code {"key"?: "…", "scopes": ["…"], "tenant"?: "<uuid>"}} */
    static NewLrsClient create(String body) {
        JsonObject json = object(body, CREATE_PROPERTIES);
        return new NewLrsClient(optionalString(json, "key"), scopes(json), tenant(optionalString(json, "tenant")));
    }

    /** {@code {"scopes": ["…"]}} */
    static ClientScopes scopes(String body) {
        return scopes(object(body, SCOPES_PROPERTIES));
    }

    private static JsonObject object(String body, Set<String> allowed) {
        JsonValue value;
        try {
            value = JSON.createReader(new StringReader(body == null ? "" : body)).readValue();
        } catch (JsonException e) {
            throw LrsClientProblem.badRequest(LrsClientProblem.BODY_INVALID, "The body is not JSON: " + e.getMessage());
        }
        if (!(value instanceof JsonObject json)) {
            throw LrsClientProblem.badRequest(LrsClientProblem.BODY_INVALID, "The body must be a JSON object.");
        }
        for (String name : json.keySet()) {
            if (!allowed.contains(name)) {
                throw LrsClientProblem.badRequest(LrsClientProblem.BODY_INVALID,
                        "Unknown property '" + name + "'; allowed: " + allowed + ".");
            }
        }
        return json;
    }

    private static ClientScopes scopes(JsonObject json) {
        if (!(json.get("scopes") instanceof JsonArray array)) {
            throw LrsClientProblem.badRequest(LrsClientProblem.SCOPES_INVALID,
                    "'scopes' must be an array of scope names, e.g. [\"statements/write\"].");
        }
        List<String> names = new ArrayList<>();
        for (JsonValue scope : array) {
            if (!(scope instanceof JsonString name)) {
                throw LrsClientProblem.badRequest(LrsClientProblem.SCOPES_INVALID, "Every scope must be a string.");
            }
            names.add(name.getString());
        }
        return ClientScopes.of(names);
    }

    private static String optionalString(JsonObject json, String name) {
        JsonValue value = json.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString text)) {
            throw LrsClientProblem.badRequest(LrsClientProblem.BODY_INVALID, "'" + name + "' must be a string.");
        }
        return text.getString();
    }

    private static UUID tenant(String id) {
        if (id == null) {
            return null;
        }
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw LrsClientProblem.badRequest(LrsClientProblem.TENANT_UNKNOWN, "'" + id + "' is not a tenant id.");
        }
    }
}
