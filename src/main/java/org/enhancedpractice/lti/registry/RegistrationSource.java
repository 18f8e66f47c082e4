package org.enhancedpractice.lti.registry;

/** How a registration came in: LTI Dynamic Registration, or a static platform file in lti-config/. */
public enum RegistrationSource {
    DYNAMIC, STATIC
}
