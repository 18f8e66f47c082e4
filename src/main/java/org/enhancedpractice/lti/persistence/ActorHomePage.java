package org.enhancedpractice.lti.persistence;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The xAPI account homePage for users of a deployment (xAPI 1.0.3 Part 2 §2.4.2.4). The platform issuer names
 * the system whose {@code sub} values we store; where one issuer serves many institutions (Blackboard Learn,
 * Instructure-hosted Canvas) the client and deployment qualify it, because {@code sub} is only unique there.
 */
final class ActorHomePage {
    private ActorHomePage() {
    }

    static String of(String issuer, String clientId, String deploymentId, boolean sharedIssuer) {
        if (!sharedIssuer) {
            return issuer;
        }
        String base = issuer.endsWith("/") ? issuer.substring(0, issuer.length() - 1) : issuer;
        return base + "/lti/" + URLEncoder.encode(clientId, StandardCharsets.UTF_8) + "/"
                + URLEncoder.encode(deploymentId, StandardCharsets.UTF_8);
    }
}
