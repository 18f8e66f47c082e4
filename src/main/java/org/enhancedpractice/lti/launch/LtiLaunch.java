package org.enhancedpractice.lti.launch;

import java.util.Map;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;

/**
 * A validated launch. {@code resourceLink} is null for deep-linking requests, {@code context} when the platform
 * sent none; {@code claims} keeps every claim for the services that read them later (AGS, NRPS, deep linking).
 */
public record LtiLaunch(Registration registration, Deployment deployment, String messageType, String subject,
                        LtiRoles roles, ResourceLink resourceLink, LaunchContext context, Person person,
                        String targetLinkUri, Map<String, Object> claims) {
    public LtiLaunch {
        // JSON null values (e.g. "email": null) carry nothing and Map.copyOf refuses them.
        claims = claims.entrySet().stream().filter(e -> e.getValue() != null).collect(
                java.util.stream.Collectors.toUnmodifiableMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** The platform's own name (tool_platform claim, LTI Core §5.4.2), else its product, else the registration's name. */
    public String platformName() {
        if (claims.get(org.enhancedpractice.lti.LtiClaims.TOOL_PLATFORM) instanceof Map<?, ?> platform) {
            for (String key : new String[] {"name", "product_family_code"}) {
                if (platform.get(key) instanceof String text && !text.isBlank()) {
                    return text;
                }
            }
        }
        return registration.name();
    }

    /** LTI Core §5.3.5. */
    public record ResourceLink(String id, String title, String description) {
    }

    /** LTI Core §5.4.1. */
    public record LaunchContext(String id, String label, String title) {
    }

    /** Optional personal data (OIDC standard claims); any part may be null. */
    public record Person(String name, String givenName, String familyName, String email) {
    }
}
