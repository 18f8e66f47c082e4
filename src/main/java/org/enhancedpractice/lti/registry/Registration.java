package org.enhancedpractice.lti.registry;

import java.net.URI;
import java.util.Objects;
import java.util.UUID;

/** A platform registration as the tool knows it. */
public record Registration(UUID id, String issuer, String clientId, String name, URI authorizationEndpoint,
                           URI tokenEndpoint, URI jwksUri, RegistrationStatus status, RegistrationSource source,
                           boolean sharedIssuer) {
    public Registration {
        Objects.requireNonNull(id);
        Objects.requireNonNull(issuer);
        Objects.requireNonNull(clientId);
        Objects.requireNonNull(authorizationEndpoint);
        Objects.requireNonNull(jwksUri);
        Objects.requireNonNull(status);
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }
}
