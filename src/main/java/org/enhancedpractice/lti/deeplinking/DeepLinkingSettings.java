package org.enhancedpractice.lti.deeplinking;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deep_linking_settings claim (Deep Linking 2.0 §4.4.1). {@code data} is kept as the exact JSON value received,
 * so the response can echo it unchanged; {@code acceptLineItem} is absent-means-unknown (null).
 */
public record DeepLinkingSettings(String returnUrl, List<String> acceptTypes, List<String> presentationTargets,
                                  boolean acceptMultiple, Boolean acceptLineItem, JsonValue data) {
    public static final String TYPE_RESOURCE_LINK = "ltiResourceLink";

    public DeepLinkingSettings {
        acceptTypes = List.copyOf(acceptTypes);
        presentationTargets = List.copyOf(presentationTargets);
    }

    /** From the claim as the JWT library parsed it (maps, lists, strings, booleans). */
    @SuppressWarnings("unchecked")
    public static DeepLinkingSettings fromClaim(Map<String, Object> claim) {
        return new DeepLinkingSettings((String) claim.get("deep_link_return_url"),
                strings(claim.get("accept_types")), strings(claim.get("accept_presentation_document_targets")),
                Boolean.TRUE.equals(claim.get("accept_multiple")),
                claim.get("accept_lineitem") instanceof Boolean b ? b : null,
                claim.containsKey("data") ? toJson(claim.get("data")) : null);
    }

    public boolean acceptsResourceLinks() {
        return acceptTypes.contains(TYPE_RESOURCE_LINK);
    }

    /** Line items go with the links unless the platform said it does not accept them (§4.4.1 accept_lineitem). */
    public boolean wantsLineItems() {
        return !Boolean.FALSE.equals(acceptLineItem);
    }

    /** Compact JSON, carried inside the session token between the picker and the response. */
    public String toJson() {
        JsonObjectBuilder o = JSON.createObjectBuilder().add("deep_link_return_url", returnUrl)
                .add("accept_types", JSON.createArrayBuilder(acceptTypes))
                .add("accept_presentation_document_targets", JSON.createArrayBuilder(presentationTargets))
                .add("accept_multiple", acceptMultiple);
        if (acceptLineItem != null) {
            o.add("accept_lineitem", acceptLineItem);
        }
        if (data != null) {
            o.add("data", data);
        }
        return o.build().toString();
    }

    public static DeepLinkingSettings fromJson(String json) {
        JsonObject o = JSON.createReader(new StringReader(json)).readObject();
        return new DeepLinkingSettings(o.getString("deep_link_return_url"), strings(o.getJsonArray("accept_types")),
                strings(o.getJsonArray("accept_presentation_document_targets")), o.getBoolean("accept_multiple"),
                o.containsKey("accept_lineitem") ? o.getBoolean("accept_lineitem") : null, o.get("data"));
    }

    private static List<String> strings(Object value) {
        List<String> out = new ArrayList<>();
        // A JsonArray is also a List (of JsonValue), so it is tested first.
        if (value instanceof JsonArray array) {
            array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).forEach(out::add);
        } else if (value instanceof List<?> list) {
            list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(out::add);
        }
        return out;
    }

    private static JsonValue toJson(Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (value instanceof String s) {
            return JSON.createValue(s);
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Number n) {
            return JSON.createValue(new java.math.BigDecimal(n.toString()));
        }
        if (value instanceof Map<?, ?> map) {
            JsonObjectBuilder o = JSON.createObjectBuilder();
            map.forEach((k, v) -> o.add(String.valueOf(k), toJson(v)));
            return o.build();
        }
        if (value instanceof List<?> list) {
            var a = JSON.createArrayBuilder();
            list.forEach(v -> a.add(toJson(v)));
            return a.build();
        }
        return JSON.createValue(String.valueOf(value));
    }
}
