package org.enhancedpractice.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * Plays an AU over HTTP as cmi5 §7–10 describes: reads LMS.LaunchData with the fetched token and sends statements
 * built from its contextTemplate. Used where a browser adds nothing to what is being tested.
 */
final class Cmi5Au {
    private final HttpClient http;
    private final Map<String, String> launch;
    private final String token;
    private JsonObject launchData;

    Cmi5Au(HttpClient http, Map<String, String> launch, String token) {
        this.http = http;
        this.launch = launch;
        this.token = token;
    }

    JsonObject launchData() throws Exception {
        String query = "activityId=" + enc(launch.get("activityId")) + "&agent=" + enc(launch.get("actor"))
                + "&registration=" + enc(launch.get("registration")) + "&stateId=LMS.LaunchData";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(launch.get("endpoint")
                        + "activities/state?" + query)).header("Authorization", "Basic " + token)
                .header("X-Experience-API-Version", "1.0.3").build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new AssertionError("LMS.LaunchData: " + r.statusCode() + " " + r.body());
        }
        launchData = Json.createReader(new StringReader(r.body())).readObject();
        return launchData;
    }

    /** Sends one statement; cmi5 category when cmi5Defined, a result with duration (and completion for completed). */
    int sendStatus(String verb, boolean withResult, boolean cmi5Defined) throws Exception {
        JsonObject template = launchData.getJsonObject("contextTemplate");
        var category = Json.createArrayBuilder();
        if (cmi5Defined) {
            category.add(Json.createObjectBuilder().add("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5"));
        }
        boolean completed = verb.endsWith("/completed");
        if (completed) {
            category.add(Json.createObjectBuilder().add("id", "https://w3id.org/xapi/cmi5/context/categories/moveon"));
        }
        JsonObjectBuilder context = Json.createObjectBuilder(template).add("registration", launch.get("registration"))
                .add("contextActivities", Json.createObjectBuilder(template.getJsonObject("contextActivities"))
                        .add("category", category));
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", Json.createReader(new StringReader(launch.get("actor"))).readObject())
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", launch.get("activityId")))
                .add("context", context).add("timestamp", Instant.now().toString());
        if (withResult) {
            JsonObjectBuilder result = Json.createObjectBuilder().add("duration", "PT42S");
            if (completed) {
                result.add("completion", true);
            }
            statement.add("result", result);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(launch.get("endpoint") + "statements"))
                .header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    /** Sends a cmi5 defined statement with this result; the moveOn category when it has success or completion. */
    int sendDefined(String verb, JsonObject result) throws Exception {
        JsonObject template = launchData.getJsonObject("contextTemplate");
        var category = Json.createArrayBuilder()
                .add(Json.createObjectBuilder().add("id", "https://w3id.org/xapi/cmi5/context/categories/cmi5"));
        if (result != null && (result.containsKey("success") || result.containsKey("completion"))) {
            category.add(Json.createObjectBuilder().add("id", "https://w3id.org/xapi/cmi5/context/categories/moveon"));
        }
        JsonObjectBuilder statement = Json.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", Json.createReader(new StringReader(launch.get("actor"))).readObject())
                .add("verb", Json.createObjectBuilder().add("id", verb))
                .add("object", Json.createObjectBuilder().add("id", launch.get("activityId")))
                .add("context", Json.createObjectBuilder(template).add("registration", launch.get("registration"))
                        .add("contextActivities", Json.createObjectBuilder(template.getJsonObject("contextActivities"))
                                .add("category", category)))
                .add("timestamp", Instant.now().toString());
        if (result != null) {
            statement.add("result", result);
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(launch.get("endpoint") + "statements"))
                .header("Authorization", "Basic " + token).header("X-Experience-API-Version", "1.0.3")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(statement.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode();
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
