package org.enhancedpractice.lti.registry;

import java.net.URI;
import java.util.List;

/** What is needed to add or update a registration and its deployments, from whichever source. */
public record PlatformDetails(String issuer, String clientId, String name, URI authorizationEndpoint, URI tokenEndpoint,
                              URI jwksUri, String productFamily, List<DeploymentDetails> deployments) {
    public PlatformDetails {
        deployments = List.copyOf(deployments);
    }

    /** A deployment and the institution (tenant) it belongs to. */
    public record DeploymentDetails(String deploymentId, String tenantName) {
    }
}
