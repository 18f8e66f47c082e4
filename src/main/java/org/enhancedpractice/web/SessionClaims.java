package org.enhancedpractice.web;

import java.time.Instant;
import java.util.List;

/** What a session token says about the launched user. */
public record SessionClaims(String registrationId, String deploymentId, String tenantId, String subject,
                            String role, List<String> ltiRoles, String resourceLinkId, String resourceLinkTitle,
                            String contextId, String contextTitle, String launchStatementId, String membershipsUrl, Instant expiresAt) {
    public SessionClaims {
        ltiRoles = List.copyOf(ltiRoles);
    }

    /** The (registration, deployment, context, resource link) the session was launched from. */
    public org.enhancedpractice.lti.services.CourseLink courseLink() {
        return new org.enhancedpractice.lti.services.CourseLink(java.util.UUID.fromString(registrationId), deploymentId,
                contextId, resourceLinkId);
    }
}
