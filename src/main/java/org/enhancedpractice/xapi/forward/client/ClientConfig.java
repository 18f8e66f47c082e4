package org.enhancedpractice.xapi.forward.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Where the LRS is and how to reach it. {@code endpoint} is the LRS base (the URL that {@code statements} is resolved
 * against, e.g. {@code https://lrs.example/xapi/}); a missing trailing slash is added so resolution keeps the path.
 */
public record ClientConfig(URI endpoint, String key, String secret, Duration timeout, String userAgent) {
    public ClientConfig {
        Objects.requireNonNull(endpoint, "endpoint");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(secret, "secret");
        Objects.requireNonNull(timeout, "timeout");
        String scheme = endpoint.getScheme();
        if (!endpoint.isAbsolute() || !("http".equals(scheme) || "https".equals(scheme)) || endpoint.getHost() == null) {
            throw new IllegalArgumentException("The LRS endpoint must be an absolute http(s) URL: " + endpoint);
        }
        if (endpoint.getQuery() != null || endpoint.getFragment() != null) {
            throw new IllegalArgumentException("The LRS endpoint must have no query or fragment: " + endpoint);
        }
        if (!endpoint.getPath().endsWith("/")) {
            endpoint = URI.create(endpoint + "/");
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("The timeout must be positive");
        }
        userAgent = userAgent == null || userAgent.isBlank() ? "xapi-forward-client" : userAgent;
    }

    URI statements() {
        return endpoint.resolve("statements");
    }
}
