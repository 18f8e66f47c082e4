package org.enhancedpractice.it;

import com.sun.net.httpserver.HttpExchange;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * The gradebook side of a {@link TestPlatform}: AGS 2.0 line items (§3.2), scores (§3.4) and results (§3.3) over
 * HTTP, with the rules of the platform's {@link PlatformProfile}. It records every score request and its answer so
 * tests can see what the tool sent. Never calls the tool's classes.
 */
public final class TestGradebook {
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/scope/";
    static final String SCORE_TYPE = "application/vnd.ims.lis.v1.score+json";

    /** One line item with its stored scores per user. */
    public record Item(String id, JsonObject json, Map<String, JsonObject> scores) {
    }

    /** A score request as it arrived and the status it got. */
    public record Posted(String itemId, JsonObject score, int status) {
    }

    private final TestPlatform platform;
    private final Function<String, Set<String>> tokenScopes;
    private final List<Item> items = new CopyOnWriteArrayList<>();
    public final List<Posted> posted = new CopyOnWriteArrayList<>();
    public final List<JsonObject> created = new CopyOnWriteArrayList<>();
    /** Users the platform grades; others get the profile's "cannot be graded" refusal. */
    public final Set<String> gradable = ConcurrentHashMap.newKeySet();
    /** Moodle: grade times set in Moodle itself (e.g. by a teacher), per item and user, seconds compared. */
    public final Map<String, Instant> platformGradeTimes = new ConcurrentHashMap<>();
    /** The container ignores its filters, as some platforms do: the tool must check what it gets. */
    public volatile boolean ignoreFilters;
    /** While false, every service call answers 503, as a VLE under maintenance does. */
    public volatile boolean available = true;

    TestGradebook(TestPlatform platform, Function<String, Set<String>> tokenScopes) {
        this.platform = platform;
        this.tokenScopes = tokenScopes;
        gradable.addAll(List.of("learner-7", "learner-8", "learner-9"));
    }

    /** The container URL, as the launch's AGS claim names it. */
    public String lineItemsUrl() {
        return platform.url() + platform.profile.lineItemsPath() + platform.profile.query();
    }

    /** Adds a line item as the platform itself would (a gradebook column of the activity); returns its URL. */
    public String addItem(String label, double maximum, String resourceLinkId, String resourceId) {
        JsonObjectBuilder json = Json.createObjectBuilder().add("label", label).add("scoreMaximum", maximum);
        if (resourceLinkId != null) {
            json.add("resourceLinkId", resourceLinkId);
        }
        if (resourceId != null) {
            json.add("resourceId", resourceId);
        }
        return store(json.build()).id();
    }

    public List<Item> items() {
        return List.copyOf(items);
    }

    public JsonObject score(String itemUrl, String userId) {
        return items.stream().filter(i -> i.id().equals(itemUrl)).findFirst().map(i -> i.scores().get(userId)).orElse(null);
    }

    void handle(HttpExchange ex) throws IOException {
        if (!available) {
            TestPlatform.respond(ex, 503, "text/plain", "Service Unavailable: scheduled maintenance");
            return;
        }
        String refusal = authorisation(ex);
        if (refusal != null) {
            TestPlatform.respond(ex, 401, "application/json", "{\"error\":\"" + refusal + "\"}");
            return;
        }
        String rest = ex.getRequestURI().getPath().substring(platform.profile.lineItemsPath().length());
        String method = ex.getRequestMethod();
        if (rest.isEmpty() && "GET".equals(method)) {
            container(ex);
        } else if (rest.isEmpty() && "POST".equals(method)) {
            create(ex);
        } else if (rest.endsWith("/scores") && "POST".equals(method)) {
            score(ex, itemUrl(rest.substring(0, rest.length() - "/scores".length())));
        } else if (rest.endsWith("/results") && "GET".equals(method)) {
            results(ex, itemUrl(rest.substring(0, rest.length() - "/results".length())));
        } else {
            TestPlatform.respond(ex, 404, "text/plain", "no such service " + method + " " + ex.getRequestURI());
        }
    }

    /** The bearer rule of the profile, the token, and the scope the call needs (AGS 2.0 §3.1). */
    private String authorisation(HttpExchange ex) {
        String header = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        boolean bearer = platform.profile == PlatformProfile.BLACKBOARD ? header.startsWith("Bearer ")
                : header.regionMatches(true, 0, "Bearer ", 0, 7);
        if (!bearer) {
            return "expected 'Bearer <token>'";
        }
        if (platform.profile == PlatformProfile.CANVAS && ex.getRequestHeaders().getFirst("User-Agent") == null) {
            return "User-Agent header required";
        }
        Set<String> scopes = tokenScopes.apply(header.substring(7));
        if (scopes == null) {
            return "unknown token";
        }
        String path = ex.getRequestURI().getPath();
        String needed = path.endsWith("/scores") ? AGS + "score" : path.endsWith("/results") ? AGS + "result.readonly"
                : "POST".equals(ex.getRequestMethod()) ? AGS + "lineitem" : null;
        if (needed != null ? !scopes.contains(needed)
                : !scopes.contains(AGS + "lineitem") && !scopes.contains(AGS + "lineitem.readonly")) {
            return "insufficient_scope";
        }
        return null;
    }

    private String itemUrl(String itemPath) {
        return platform.url() + platform.profile.lineItemsPath() + itemPath + platform.profile.query();
    }

    private Item store(JsonObject json) {
        int n = items.size() + 1;
        String id = itemUrl(platform.profile == PlatformProfile.MOODLE ? "/" + n + "/lineitem" : "/" + n);
        Item item = new Item(id, Json.createObjectBuilder(json).add("id", id).build(), new ConcurrentHashMap<>());
        items.add(item);
        return item;
    }

    /** AGS 2.0 §3.2.6 filters; pages of one item with a Link next (Moodle: only when limit is asked for). */
    private void container(HttpExchange ex) throws IOException {
        Map<String, String> q = query(ex.getRequestURI());
        List<JsonObject> matching = items.stream().map(Item::json)
                .filter(j -> matches(j, "resourceLinkId", q.get("resource_link_id")))
                .filter(j -> matches(j, "resourceId", q.get("resource_id")))
                .filter(j -> matches(j, "tag", q.get("tag"))).toList();
        page(ex, matching, q, "application/vnd.ims.lis.v2.lineitemcontainer+json");
    }

    private void create(HttpExchange ex) throws IOException {
        JsonObject json = Json.createReader(new StringReader(TestPlatform.body(ex))).readObject();
        if (!String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).startsWith("application/vnd.ims.lis.v2.lineitem+json")
                || json.getString("label", "").isBlank() || !(json.get("scoreMaximum") instanceof JsonNumber max)
                || max.doubleValue() <= 0) {
            TestPlatform.respond(ex, 400, "application/json", "{\"error\":\"label and scoreMaximum > 0 required\"}");
            return;
        }
        created.add(json);
        TestPlatform.respond(ex, 201, "application/vnd.ims.lis.v2.lineitem+json", store(json).json().toString());
    }

    private void score(HttpExchange ex, String itemUrl) throws IOException {
        JsonObject score = Json.createReader(new StringReader(TestPlatform.body(ex))).readObject();
        Item item = items.stream().filter(i -> i.id().equals(itemUrl)).findFirst().orElse(null);
        int status = scoreStatus(ex, item, score);
        posted.add(new Posted(itemUrl, score, status));
        String message = switch (status) {
            case 200, 204 -> "";
            case 404 -> "{\"error\":\"no such line item\"}";
            case 409 -> "{\"error\":\"Conflict: the grade time is not later than the stored one\"}";
            case 415 -> "{\"error\":\"Content-Type must be " + SCORE_TYPE + "\"}";
            default -> platform.profile == PlatformProfile.MOODLE ? "Incorrect score received"
                    : "{\"errors\":[{\"message\":\"User " + score.getString("userId", "") + " is not a student of the course\"}]}";
        };
        if (status < 300) {
            store(item, score);
        }
        TestPlatform.respond(ex, status, "application/json", message);
    }

    private int scoreStatus(HttpExchange ex, Item item, JsonObject score) {
        if (item == null) {
            return 404;
        }
        if (!String.valueOf(ex.getRequestHeaders().getFirst("Content-Type")).startsWith(SCORE_TYPE)) {
            return 415;
        }
        String user = score.getString("userId", "");
        if (!gradable.contains(user) || !score.containsKey("timestamp") || !score.containsKey("gradingProgress")) {
            return platform.profile == PlatformProfile.MOODLE ? 400 : 422;
        }
        if (platform.profile == PlatformProfile.MOODLE) {
            Instant at = Instant.parse(score.getString("timestamp")).truncatedTo(ChronoUnit.SECONDS);
            Instant stored = platformGradeTimes.get(item.id() + " " + user);
            JsonObject last = item.scores().get(user);
            Instant lastSent = last == null ? null : Instant.parse(last.getString("timestamp")).truncatedTo(ChronoUnit.SECONDS);
            if ((stored != null && !at.isAfter(stored.truncatedTo(ChronoUnit.SECONDS)))
                    || (lastSent != null && !at.isAfter(lastSent))) {
                return 409;
            }
        }
        return 200;
    }

    /** AGS §3.4.6: an older score is ignored; Moodle keeps scoreGiven only when FullyGraded. */
    private void store(Item item, JsonObject score) {
        JsonObject last = item.scores().get(score.getString("userId"));
        if (last != null && !Instant.parse(score.getString("timestamp")).isAfter(Instant.parse(last.getString("timestamp")))) {
            return;
        }
        JsonObject kept = score;
        if (platform.profile == PlatformProfile.MOODLE && !"FullyGraded".equals(score.getString("gradingProgress"))) {
            kept = Json.createObjectBuilder(score).remove("scoreGiven").build();
        }
        item.scores().put(score.getString("userId"), kept);
    }

    private void results(HttpExchange ex, String itemUrl) throws IOException {
        Item item = items.stream().filter(i -> i.id().equals(itemUrl)).findFirst().orElse(null);
        if (item == null) {
            TestPlatform.respond(ex, 404, "text/plain", "no such line item");
            return;
        }
        Map<String, String> q = query(ex.getRequestURI());
        List<JsonObject> results = new ArrayList<>();
        item.scores().forEach((user, s) -> {
            if (q.get("user_id") == null || q.get("user_id").equals(user)) {
                JsonObjectBuilder r = Json.createObjectBuilder().add("id", itemUrl + "/results/" + user)
                        .add("userId", user).add("scoreOf", itemUrl);
                if (s.containsKey("scoreGiven")) {
                    r.add("resultScore", s.get("scoreGiven")).add("resultMaximum", s.get("scoreMaximum"));
                }
                results.add(r.build());
            }
        });
        page(ex, results, q, "application/vnd.ims.lis.v2.resultcontainer+json");
    }

    /** One item per page with {@code Link: rel="next"}; Moodle only pages when limit is given, with typographic quotes. */
    private void page(HttpExchange ex, List<JsonObject> all, Map<String, String> q, String type) throws IOException {
        boolean paged = platform.profile != PlatformProfile.MOODLE || q.containsKey("limit");
        int from = Integer.parseInt(q.getOrDefault("page", "0"));
        List<JsonObject> page = paged ? all.subList(Math.min(from, all.size()), Math.min(from + 1, all.size())) : all;
        if (paged && from + 1 < all.size()) {
            String raw = ex.getRequestURI().getRawQuery();
            String base = platform.url() + ex.getRequestURI().getRawPath() + "?"
                    + (raw == null ? "" : raw.replaceAll("&?page=\\d+", "") + "&") + "page=" + (from + 1);
            ex.getResponseHeaders().add("Link", platform.profile == PlatformProfile.MOODLE
                    ? "<" + base + ">; rel=\u00e2\u0080\u009cnext\u00e2\u0080\u009d"
                    : "<" + base + ">; rel=\"next\"");
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        page.forEach(array::add);
        TestPlatform.respond(ex, 200, type, array.build().toString());
    }

    private boolean matches(JsonObject json, String key, String wanted) {
        return ignoreFilters || wanted == null || wanted.equals(json.getString(key, null));
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        if (uri.getRawQuery() == null) {
            return params;
        }
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(java.net.URLDecoder.decode(pair.substring(0, eq), java.nio.charset.StandardCharsets.UTF_8),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return params;
    }
}
