package org.enhancedpractice.content.cmi5;

import java.util.Objects;
import java.util.UUID;

/** Who launches which AU of which module, in which mode, from which LTI placement. */
public record AuLaunchRequest(UUID tenantId, String actorHomePage, String actorName, String packageKey, String auId,
                              String launchMode, LtiPlacement placement) {
    public static final String NORMAL = "Normal";
    public static final String BROWSE = "Browse";
    public static final String REVIEW = "Review";

    public AuLaunchRequest {
        Objects.requireNonNull(tenantId);
        Objects.requireNonNull(actorHomePage);
        Objects.requireNonNull(actorName);
        if (!java.util.List.of(NORMAL, BROWSE, REVIEW).contains(launchMode)) {
            throw new IllegalArgumentException("launchMode must be Normal, Browse or Review (cmi5 §10.2.2)");
        }
        placement = placement == null ? LtiPlacement.NONE : placement;
    }
}
