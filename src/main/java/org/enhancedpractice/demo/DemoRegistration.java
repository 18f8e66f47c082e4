package org.enhancedpractice.demo;

import java.util.List;

/** What the demo platform stored when the tool registered with it (null fields: not registered yet). */
public record DemoRegistration(String clientId, String deploymentId, String toolLoginUri, List<String> redirectUris,
                               String pendingToken) {
    boolean registered() {
        return clientId != null;
    }
}
