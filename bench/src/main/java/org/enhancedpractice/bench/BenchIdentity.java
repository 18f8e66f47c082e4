package org.enhancedpractice.bench;

import java.util.Objects;

/**
 * Who the bench platform is to the tool: the values of bench/lti-config/bench-platform.json, plus the tool base
 * URL that id_tokens name as target_link_uri.
 */
public record BenchIdentity(String issuer, String clientId, String deploymentId, String toolBase) {
    public static final String CLIENT_ID = "bench-client";
    public static final String DEPLOYMENT_ID = "bench-1";

    public BenchIdentity {
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(deploymentId);
        Objects.requireNonNull(toolBase);
    }

    /** The identity bench-platform.json registers, with the JWKS served on 127.0.0.1:{@code port}. */
    public static BenchIdentity onLoopback(int port, String toolBase) {
        return new BenchIdentity("http://127.0.0.1:" + port, CLIENT_ID, DEPLOYMENT_ID, toolBase);
    }
}
