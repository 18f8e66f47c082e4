package org.enhancedpractice.lti.services;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.net.URI;

/**
 * A gradebook column (AGS 2.0 §3.2). {@code id} is the platform's URL of the item, null until created;
 * {@code label} and a positive {@code scoreMaximum} are required to create one.
 */
public record LineItem(URI id, String label, double scoreMaximum, String resourceLinkId, String resourceId,
                       String tag) {
    public static final String MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitem+json";
    public static final String CONTAINER_MEDIA_TYPE = "application/vnd.ims.lis.v2.lineitemcontainer+json";

    public LineItem {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A line item needs a label (AGS 2.0 §3.2.4)");
        }
        if (!(scoreMaximum > 0)) {
            throw new IllegalArgumentException("A line item needs a positive scoreMaximum (AGS 2.0 §3.2.5)");
        }
    }

    /** The body of a create request: everything but the id, which the platform assigns. */
    public JsonObject toJson() {
        JsonObjectBuilder json = JSON.createObjectBuilder().add("label", label).add("scoreMaximum", scoreMaximum);
        if (resourceLinkId != null && !resourceLinkId.isEmpty()) {
            json.add("resourceLinkId", resourceLinkId);
        }
        if (resourceId != null) {
            json.add("resourceId", resourceId);
        }
        if (tag != null) {
            json.add("tag", tag);
        }
        return json.build();
    }

    /** Lenient about what platforms omit: a missing label becomes the id, a missing maximum 1. */
    public static LineItem fromJson(JsonObject json) {
        String id = json.getString("id", null);
        if (id == null) {
            throw new ServiceCallFailed("platform_lineitem_invalid", "A line item without an id: " + json);
        }
        double maximum = json.get("scoreMaximum") instanceof JsonNumber n && n.doubleValue() > 0 ? n.doubleValue() : 1;
        String label = json.getString("label", "");
        return new LineItem(URI.create(id), label.isBlank() ? id : label, maximum,
                json.getString("resourceLinkId", null), json.getString("resourceId", null), json.getString("tag", null));
    }
}
