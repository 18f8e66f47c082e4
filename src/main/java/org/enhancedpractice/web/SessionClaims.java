package org.enhancedpractice.web;

import java.time.Instant;
import java.util.List;

/**
 * What a session token says about the launched user: the LTI identity, the xAPI actor's homePage (its name is the
 * subject), the course context, and the module/unit a placed link names in its custom parameters, and a deep-linking request's settings (Deep Linking
 * 2.0 §4.4.1, as JSON) for the response.
 */
public record SessionClaims(String registrationId, String deploymentId, String tenantId, String subject,
                            String role, List<String> ltiRoles, String resourceLinkId, String resourceLinkTitle,
                            String contextTitle, String launchStatementId, String membershipsUrl, Instant expiresAt,
                            String actorHomePage, String contextId, String module, String unit,
                            String deepLinkingSettings) {
    public SessionClaims {
        ltiRoles = List.copyOf(ltiRoles);
    }

    /** The (registration, deployment, context, resource link) the session was launched from. */
    public org.enhancedpractice.lti.services.CourseLink courseLink() {
        return new org.enhancedpractice.lti.services.CourseLink(java.util.UUID.fromString(registrationId), deploymentId,
                contextId, resourceLinkId);
    }
}
