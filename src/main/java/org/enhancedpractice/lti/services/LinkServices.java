package org.enhancedpractice.lti.services;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.launch.LtiLaunch;

/**
 * The service endpoints a launch brought for its link: the AGS endpoint claim (AGS 2.0 §3.1: {@code scope},
 * {@code lineitems}, and {@code lineitem} when the link has exactly one line item) and the NRPS claim
 * (NRPS 2.0 §3.6.1: {@code context_memberships_url}). Any part may be null when the platform did not offer it.
 */
public record LinkServices(CourseLink link, String resourceLinkTitle, Set<String> agsScopes, URI lineItems,
                           URI lineItem, URI memberships) {
    static final Set<String> AGS_SCOPES = Set.of(LtiClaims.SCOPE_AGS_LINEITEM, LtiClaims.SCOPE_AGS_LINEITEM_READONLY,
            LtiClaims.SCOPE_AGS_RESULT_READONLY, LtiClaims.SCOPE_AGS_SCORE);

    public LinkServices {
        agsScopes = Set.copyOf(agsScopes);
    }

    public static LinkServices of(LtiLaunch launch) {
        CourseLink link = new CourseLink(launch.registration().id(), launch.deployment().deploymentId(),
                launch.context() == null ? null : launch.context().id(),
                launch.resourceLink() == null ? null : launch.resourceLink().id());
        Map<?, ?> ags = launch.claims().get(LtiClaims.AGS_ENDPOINT) instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> nrps = launch.claims().get(LtiClaims.NRPS) instanceof Map<?, ?> m ? m : Map.of();
        Set<String> scopes = ags.get("scope") instanceof List<?> list
                ? list.stream().filter(String.class::isInstance).map(String.class::cast).collect(Collectors.toSet())
                : Set.of();
        String title = launch.resourceLink() == null ? null : launch.resourceLink().title();
        return new LinkServices(link, title, scopes, url(ags.get("lineitems")), url(ags.get("lineitem")),
                url(nrps.get("context_memberships_url")));
    }

    /** The scopes to ask an access token for: those the launch offered, or all AGS scopes when it listed none. */
    public Set<String> tokenScopes() {
        return agsScopes.isEmpty() ? AGS_SCOPES : agsScopes;
    }

    /** Whether the launch carried anything worth keeping. */
    public boolean offersAnything() {
        return lineItems != null || lineItem != null || memberships != null;
    }

    private static URI url(Object value) {
        if (!(value instanceof String text) || text.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(text.trim());
            return uri.isAbsolute() ? uri : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }
}
