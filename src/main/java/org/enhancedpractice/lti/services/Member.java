package org.enhancedpractice.lti.services;

import org.enhancedpractice.lti.launch.LtiRoles;

/** One course member from NRPS (NRPS 2.0 §2.3); names are null when the platform's privacy settings withhold them. */
public record Member(String userId, LtiRoles roles, String status, String name, String givenName, String familyName) {
    public boolean active() {
        return status == null || "Active".equals(status);
    }

}
