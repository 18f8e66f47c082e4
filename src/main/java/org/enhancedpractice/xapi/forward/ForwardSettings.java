package org.enhancedpractice.xapi.forward;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Forwarding to an external LRS (keys {@code xapi.forward.*}, docs/configuration.md). Free of MicroProfile types so
 * the rules are unit-testable; {@link #problems} is what the start-up check reports.
 */
public record ForwardSettings(String endpoint, String key, String secret, Limits limits) {
    static final String ENDPOINT = "xapi.forward.endpoint (XAPI_FORWARD_ENDPOINT)";

    /** Batch size, sending interval, backoff, attempts and request timeout. */
    public record Limits(int batchSize, long intervalSeconds, long backoffBaseSeconds, long backoffMaxSeconds,
                         int maxAttempts, long timeoutSeconds) {
    }

    /** Forwarding is on when an endpoint is configured. */
    public boolean enabled() {
        return endpoint != null && !endpoint.isBlank();
    }

    public URI endpointUri() {
        return URI.create(endpoint.trim());
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (!enabled()) {
            return problems;
        }
        checkEndpoint(problems);
        if (key == null || key.isBlank()) {
            problems.add("xapi.forward.key (XAPI_FORWARD_KEY) is required when " + ENDPOINT + " is set");
        }
        if (secret == null || secret.isEmpty()) {
            problems.add("xapi.forward.secret (XAPI_FORWARD_SECRET) is required when " + ENDPOINT + " is set");
        }
        range(problems, "xapi.forward.batch-size (XAPI_FORWARD_BATCH_SIZE)", limits.batchSize(), 1, 1000);
        range(problems, "xapi.forward.interval-seconds (XAPI_FORWARD_INTERVAL_SECONDS)", limits.intervalSeconds(), 1, 3600);
        range(problems, "xapi.forward.backoff-base-seconds (XAPI_FORWARD_BACKOFF_BASE_SECONDS)",
                limits.backoffBaseSeconds(), 1, 86_400);
        range(problems, "xapi.forward.backoff-max-seconds (XAPI_FORWARD_BACKOFF_MAX_SECONDS)",
                limits.backoffMaxSeconds(), Math.max(1, limits.backoffBaseSeconds()), 7 * 86_400);
        range(problems, "xapi.forward.max-attempts (XAPI_FORWARD_MAX_ATTEMPTS)", limits.maxAttempts(), 1, 1_000_000);
        range(problems, "xapi.forward.timeout-seconds (XAPI_FORWARD_TIMEOUT_SECONDS)", limits.timeoutSeconds(), 1, 600);
        return problems;
    }

    private void checkEndpoint(List<String> problems) {
        try {
            URI uri = endpointUri();
            if (!uri.isAbsolute() || !List.of("http", "https").contains(uri.getScheme()) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                problems.add(ENDPOINT + " must be an absolute http(s) URL without query or fragment, was " + endpoint);
            }
        } catch (IllegalArgumentException e) {
            problems.add(ENDPOINT + " is not a URL: " + endpoint);
        }
    }

    public Duration interval() {
        return Duration.ofSeconds(limits.intervalSeconds());
    }

    public Duration timeout() {
        return Duration.ofSeconds(limits.timeoutSeconds());
    }

    /** The wait after the {@code attempt}-th failed attempt (1-based): base × 2^(attempt-1), at most the maximum. */
    public Duration backoffAfter(int attempt) {
        int doublings = Math.min(Math.max(attempt - 1, 0), 40);
        double seconds = limits.backoffBaseSeconds() * Math.pow(2, doublings);
        return Duration.ofSeconds((long) Math.min(seconds, limits.backoffMaxSeconds()));
    }

    private static void range(List<String> problems, String key, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
