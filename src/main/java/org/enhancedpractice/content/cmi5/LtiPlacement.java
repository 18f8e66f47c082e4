package org.enhancedpractice.content.cmi5;

/** The LTI placement an AU was launched from, so its completion can go back to that gradebook line (all optional). */
public record LtiPlacement(String registration, String deployment, String context, String resourceLink,
                           String subject) {
    public static final LtiPlacement NONE = new LtiPlacement(null, null, null, null, null);
}
