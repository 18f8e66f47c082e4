package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Shape checks shared by the validators: types, allowed keys, IRIs, UUIDs (xAPI 1.0.3 Part 2 §2.2, Part 4 §4). */
final class JsonShapes {
    /** An absolute IRI needs a scheme (RFC 3987 §2.2); xAPI does not ask the LRS to resolve it. */
    private static final Pattern IRI = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:[^\\s]+$");
    private static final Pattern UUID_FORM =
            Pattern.compile("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$");

    private JsonShapes() {
    }

    static JsonObject object(JsonValue value, String path) {
        if (!(value instanceof JsonObject object)) {
            throw new InvalidStatement(path, Rule.NOT_AN_OBJECT, "must be a JSON object");
        }
        return object;
    }

    static JsonArray array(JsonValue value, String path) {
        if (!(value instanceof JsonArray array)) {
            throw new InvalidStatement(path, Rule.NOT_AN_ARRAY, "must be a JSON array");
        }
        return array;
    }

    static void onlyKeys(JsonObject object, String path, Set<String> allowed) {
        for (String key : object.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidStatement(path + "." + key, Rule.UNKNOWN_PROPERTY, "is not a property defined here");
            }
        }
    }

    static JsonValue required(JsonObject object, String key, String path) {
        JsonValue value = object.get(key);
        if (value == null || value == JsonValue.NULL) {
            throw new InvalidStatement(path + "." + key, Rule.REQUIRED, "is required");
        }
        return value;
    }

    static String string(JsonValue value, String path) {
        if (!(value instanceof JsonString string)) {
            throw new InvalidStatement(path, Rule.NOT_A_STRING, "must be a string");
        }
        return string.getString();
    }

    static double number(JsonValue value, String path) {
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidStatement(path, Rule.NOT_A_NUMBER, "must be a number");
        }
        return number.doubleValue();
    }

    static void bool(JsonValue value, String path) {
        if (value != JsonValue.TRUE && value != JsonValue.FALSE) {
            throw new InvalidStatement(path, Rule.NOT_A_BOOLEAN, "must be true or false");
        }
    }

    static String iri(JsonValue value, String path) {
        String text = string(value, path);
        if (!IRI.matcher(text).matches()) {
            throw new InvalidStatement(path, Rule.NOT_AN_IRI, "must be an absolute IRI");
        }
        return text;
    }

    static String uuid(JsonValue value, String path) {
        String text = string(value, path);
        if (!UUID_FORM.matcher(text).matches()) {
            throw new InvalidStatement(path, Rule.NOT_A_UUID, "must be a UUID");
        }
        return UUID.fromString(text).toString();
    }

    /** Extensions: an object whose keys are IRIs, values any JSON (Part 2 §2.4.6, §5). */
    static void extensions(JsonValue value, String path) {
        for (String key : object(value, path).keySet()) {
            if (!IRI.matcher(key).matches()) {
                throw new InvalidStatement(path + "." + key, Rule.NOT_AN_IRI, "extension keys must be IRIs");
            }
        }
    }

    static void ifPresent(JsonObject object, String key, String path, Check check) {
        JsonValue value = object.get(key);
        if (value != null) {
            check.apply(value, path + "." + key);
        }
    }

    /** One check of a property value at its path. */
    @FunctionalInterface
    interface Check {
        void apply(JsonValue value, String path);
    }
}
