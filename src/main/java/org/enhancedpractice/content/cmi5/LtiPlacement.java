package org.enhancedpractice.content.cmi5;

/**
 * The LTI placement an AU was launched from, so its result can go back to that gradebook line (all optional):
 * registration, deployment, context, resource link, the learner's LTI user id, and the module (course id) and unit
 * (AU id) the placed link names in its custom parameters.
 */
public record LtiPlacement(String registration, String deployment, String context, String resourceLink,
                           String subject, String placedModule, String placedUnit) {
    public static final LtiPlacement NONE = new LtiPlacement(null, null, null, null, null, null, null);

    public boolean isPlaced() {
        return registration != null && deployment != null && resourceLink != null && subject != null;
    }
}
