package org.enhancedpractice.xapi;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.enhancedpractice.platform.ConfigurationProblem;
import org.enhancedpractice.platform.ToolReady;
import org.enhancedpractice.xapi.forward.ForwardSettings;

/**
 * The LRS's configuration keys (docs/configuration.md); environment variables XAPI_DEMO_KEY / XAPI_DEMO_SECRET /
 * XAPI_REQUEST_MAX_BYTES and the forwarding keys XAPI_FORWARD_*. Checked when the tool becomes ready: a bad value
 * stops the start-up.
 */
@ApplicationScoped
public class XapiSettings {
    public static final String DEFAULT_DEMO_KEY = "demo";
    public static final String DEFAULT_DEMO_SECRET = "demo-secret-change-me";
    public static final String MAX_REQUEST_BYTES_KEY = "xapi.request.max-bytes";
    /** 20 MiB: statements plus evidence files such as photos and short PDFs. */
    public static final String DEFAULT_MAX_REQUEST_BYTES = "20971520";
    static final long MIN_MAX_REQUEST_BYTES = 65_536;
    static final long MAX_MAX_REQUEST_BYTES = 1_073_741_824;

    @Inject @ConfigProperty(name = "xapi.demo.key", defaultValue = DEFAULT_DEMO_KEY)
    String demoKey;
    @Inject @ConfigProperty(name = "xapi.demo.secret", defaultValue = DEFAULT_DEMO_SECRET)
    String demoSecret;
    @Inject @ConfigProperty(name = MAX_REQUEST_BYTES_KEY, defaultValue = DEFAULT_MAX_REQUEST_BYTES)
    long maxRequestBytes;
    @Inject @ConfigProperty(name = "xapi.forward.endpoint")
    Optional<String> forwardEndpoint;
    @Inject @ConfigProperty(name = "xapi.forward.key")
    Optional<String> forwardKey;
    @Inject @ConfigProperty(name = "xapi.forward.secret")
    Optional<String> forwardSecret;
    @Inject @ConfigProperty(name = "xapi.forward.batch-size", defaultValue = "50")
    int forwardBatchSize;
    @Inject @ConfigProperty(name = "xapi.forward.interval-seconds", defaultValue = "5")
    long forwardIntervalSeconds;
    @Inject @ConfigProperty(name = "xapi.forward.backoff-base-seconds", defaultValue = "5")
    long forwardBackoffBaseSeconds;
    @Inject @ConfigProperty(name = "xapi.forward.backoff-max-seconds", defaultValue = "3600")
    long forwardBackoffMaxSeconds;
    @Inject @ConfigProperty(name = "xapi.forward.max-attempts", defaultValue = "1000")
    int forwardMaxAttempts;
    @Inject @ConfigProperty(name = "xapi.forward.timeout-seconds", defaultValue = "30")
    long forwardTimeoutSeconds;

    public String demoKey() {
        return demoKey;
    }

    public String demoSecret() {
        return demoSecret;
    }

    /** The largest request body the LRS reads (Part 3 §1.5.2 "MAY reject … larger than configured"): else 413. */
    public long maxRequestBytes() {
        return maxRequestBytes;
    }

    /** Forwarding to an external LRS; {@link ForwardSettings#enabled()} is false when no endpoint is configured. */
    public ForwardSettings forwarding() {
        return new ForwardSettings(forwardEndpoint.orElse(null), forwardKey.orElse(null), forwardSecret.orElse(null),
                new ForwardSettings.Limits(forwardBatchSize, forwardIntervalSeconds, forwardBackoffBaseSeconds,
                        forwardBackoffMaxSeconds, forwardMaxAttempts, forwardTimeoutSeconds));
    }

    void check(@Observes ToolReady ready) {
        List<String> problems = problems(maxRequestBytes);
        problems.addAll(forwarding().problems());
        if (!problems.isEmpty()) {
            throw new ConfigurationProblem(problems);
        }
    }

    static List<String> problems(long maxRequestBytes) {
        List<String> problems = new ArrayList<>();
        if (maxRequestBytes < MIN_MAX_REQUEST_BYTES || maxRequestBytes > MAX_MAX_REQUEST_BYTES) {
            problems.add(MAX_REQUEST_BYTES_KEY + " (XAPI_REQUEST_MAX_BYTES) must be between " + MIN_MAX_REQUEST_BYTES
                    + " and " + MAX_MAX_REQUEST_BYTES + ", not " + maxRequestBytes);
        }
        return problems;
    }
}
