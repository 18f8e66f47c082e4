package org.enhancedpractice.lti.registry;

import java.util.UUID;

/**
 * A deployment of the tool on a platform, owned by one tenant. {@code actorHomePage} is fixed when the deployment
 * is first seen: the xAPI account homePage for its users, so identities stay stable whatever changes later.
 */
public record Deployment(UUID registrationId, String deploymentId, UUID tenantId, String tenantName,
                         String actorHomePage) {
}
