package org.enhancedpractice.lti.services;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

/** One user's current result on a line item (AGS 2.0 §3.3); the score parts are null when the platform has none. */
public record Result(String userId, Double resultScore, Double resultMaximum, String comment) {
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.resultcontainer+json";

    static Result fromJson(JsonObject json) {
        return new Result(json.getString("userId", ""), number(json, "resultScore"), number(json, "resultMaximum"),
                json.getString("comment", null));
    }

    private static Double number(JsonObject json, String name) {
        return json.get(name) instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
