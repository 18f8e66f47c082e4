package org.enhancedpractice.web;

import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.platform.Problem;

/** Session checks shared by the course endpoints: who may call, and the launch's registration, still active. */
final class CourseAccess {
    static final Set<String> TUTORS = Set.of("TUTOR");
    static final Set<String> STAFF = Set.of("TUTOR", "MENTOR");

    private CourseAccess() {
    }

    static SessionClaims require(SessionTokens tokens, String authorization, Set<String> roles, String forbiddenCode) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (!roles.contains(session.role())) {
            throw new Problem(403, forbiddenCode, "Not available", "Only " + String.join(" and ", roles).toLowerCase()
                    + " roles of the course may use this.");
        }
        return session;
    }

    static Registration activeRegistration(PlatformRegistry registry, SessionClaims session) {
        return registry.find(UUID.fromString(session.registrationId())).filter(Registration::isActive)
                .orElseThrow(() -> new Problem(403, "registration_not_active", "Not available",
                        "The VLE's registration is not active."));
    }
}
