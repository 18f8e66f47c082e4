package org.enhancedpractice.lti.services;

import java.util.Objects;
import java.util.UUID;

/**
 * Where a service claim applies: a deployment of a registration, a context (course) and a resource link. A deployment
 * id alone names nothing (LTI Core 1.3 §3.1.3), so the registration is part of the key. A missing context or resource
 * link is kept as the empty string, which is how it is stored.
 */
public record CourseLink(UUID registrationId, String deploymentId, String contextId, String resourceLinkId) {
    public CourseLink {
        Objects.requireNonNull(registrationId, "registrationId");
        Objects.requireNonNull(deploymentId, "deploymentId");
        contextId = contextId == null ? "" : contextId;
        resourceLinkId = resourceLinkId == null ? "" : resourceLinkId;
    }

    /** The same context without a resource link: the key of a context-wide roster. */
    public CourseLink contextOnly() {
        return new CourseLink(registrationId, deploymentId, contextId, "");
    }
}
