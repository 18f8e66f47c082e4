package org.enhancedpractice.it;

/** The test platform behind src/test/resources/it-lti-config/static-platform.json (port, client and deployment). */
final class StaticPlatform {
    static final int PORT = 18091;

    private StaticPlatform() {
    }

    static TestPlatform start() {
        TestPlatform platform = new TestPlatform(PORT);
        platform.clientId = "static-client";
        platform.deploymentId = "site-a";
        return platform;
    }
}
