package org.enhancedpractice.lti.config;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.enhancedpractice.lti.PlatformUrls;
import org.enhancedpractice.lti.registry.PlatformDetails;

/** One static platform file, parsed and checked; {@link #problems()} names the file, field and reason of each error. */
public final class PlatformFile {
    static final Set<String> FIELDS = Set.of("$comment", "name", "issuer", "client_id", "authorization_endpoint",
            "token_endpoint", "jwks_uri", "shared_issuer", "product_family", "deployments");
    static final Set<String> DEPLOYMENT_FIELDS = Set.of("deployment_id", "tenant");

    private final String file;
    private final List<String> problems = new ArrayList<>();
    private PlatformDetails details;
    private boolean sharedIssuer;

    private PlatformFile(String file) {
        this.file = file;
    }

    public static PlatformFile parse(String file, JsonObject json, boolean allowLoopbackHttp) {
        PlatformFile parsed = new PlatformFile(file);
        parsed.read(json, allowLoopbackHttp);
        return parsed;
    }

    public static PlatformFile unreadable(String file, String reason) {
        PlatformFile parsed = new PlatformFile(file);
        parsed.problems.add(file + ": " + reason);
        return parsed;
    }

    public String file() {
        return file;
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public PlatformDetails details() {
        return details;
    }

    public boolean sharedIssuer() {
        return sharedIssuer;
    }

    private void read(JsonObject json, boolean allowLoopbackHttp) {
        json.keySet().stream().filter(k -> !FIELDS.contains(k)).sorted()
                .forEach(k -> problem(k, "is not a known field (known: " + new java.util.TreeSet<>(FIELDS) + ")"));
        String issuer = text(json, "issuer", true);
        String clientId = text(json, "client_id", true);
        String name = text(json, "name", true);
        URI auth = url(json, "authorization_endpoint", true, allowLoopbackHttp);
        URI token = url(json, "token_endpoint", false, allowLoopbackHttp);
        URI jwks = url(json, "jwks_uri", true, allowLoopbackHttp);
        if (issuer != null) {
            String reason = PlatformUrls.problem(issuer, allowLoopbackHttp);
            if (reason != null) {
                problem("issuer", reason);
            }
        }
        JsonValue shared = json.get("shared_issuer");
        if (shared != null && shared != JsonValue.TRUE && shared != JsonValue.FALSE) {
            problem("shared_issuer", "must be true or false");
        }
        sharedIssuer = shared == JsonValue.TRUE;
        List<PlatformDetails.DeploymentDetails> deployments = deployments(json);
        if (problems.isEmpty()) {
            details = new PlatformDetails(issuer, clientId, name, auth, token, jwks,
                    text(json, "product_family", false), deployments);
        }
    }

    private List<PlatformDetails.DeploymentDetails> deployments(JsonObject json) {
        List<PlatformDetails.DeploymentDetails> result = new ArrayList<>();
        if (!(json.get("deployments") instanceof JsonArray array) || array.isEmpty()) {
            problem("deployments", "must be a non-empty array of {\"deployment_id\", \"tenant\"}");
            return result;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            String field = "deployments[" + i + "]";
            if (!(array.get(i) instanceof JsonObject d)) {
                problem(field, "must be an object");
                continue;
            }
            d.keySet().stream().filter(k -> !DEPLOYMENT_FIELDS.contains(k)).sorted()
                    .forEach(k -> problem(field + "." + k, "is not a known field"));
            String id = text(d, "deployment_id", true, field + ".deployment_id");
            String tenant = text(d, "tenant", true, field + ".tenant");
            if (id != null && id.length() > 255) {
                problem(field + ".deployment_id", "is longer than 255 characters (LTI Core §5.3.3)");
            } else if (id != null && !seen.add(id)) {
                problem(field + ".deployment_id", "repeats '" + id + "'");
            } else if (id != null && tenant != null) {
                result.add(new PlatformDetails.DeploymentDetails(id, tenant));
            }
        }
        return result;
    }

    private URI url(JsonObject json, String field, boolean required, boolean allowLoopbackHttp) {
        String value = text(json, field, required);
        if (value == null) {
            return null;
        }
        String reason = PlatformUrls.problem(value, allowLoopbackHttp);
        if (reason != null) {
            problem(field, reason);
            return null;
        }
        return URI.create(value);
    }

    private String text(JsonObject json, String field, boolean required) {
        return text(json, field, required, field);
    }

    private String text(JsonObject json, String key, boolean required, String field) {
        JsonValue value = json.get(key);
        if (value == null || value == JsonValue.NULL) {
            if (required) {
                problem(field, "is required");
            }
            return null;
        }
        if (!(value instanceof JsonString s) || s.getString().isBlank()) {
            problem(field, "must be a non-empty string");
            return null;
        }
        return s.getString();
    }

    private void problem(String field, String reason) {
        problems.add(file + ": field '" + field + "' " + reason);
    }
}
