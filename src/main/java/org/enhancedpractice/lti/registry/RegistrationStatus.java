package org.enhancedpractice.lti.registry;

/** Only ACTIVE registrations may launch. PENDING waits for a tool administrator (production mode). */
public enum RegistrationStatus {
    ACTIVE, PENDING, DISABLED
}
