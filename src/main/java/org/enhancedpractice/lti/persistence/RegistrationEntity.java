package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.registry.RegistrationSource;
import org.enhancedpractice.lti.registry.RegistrationStatus;

@Entity
@Table(name = "lti_registration")
class RegistrationEntity {
    @Id String id;
    String issuer;
    @Column(name = "client_id") String clientId;
    String name;
    @Column(name = "authorization_endpoint") String authorizationEndpoint;
    @Column(name = "token_endpoint") String tokenEndpoint;
    @Column(name = "jwks_uri") String jwksUri;
    String status;
    String source;
    @Column(name = "shared_issuer") boolean sharedIssuer;
    @Column(name = "product_family") String productFamily;
    @Column(name = "created_at") OffsetDateTime createdAt;
    @Column(name = "updated_at") OffsetDateTime updatedAt;

    Registration toRecord() {
        return new Registration(UUID.fromString(id), issuer, clientId, name, URI.create(authorizationEndpoint),
                tokenEndpoint == null ? null : URI.create(tokenEndpoint), URI.create(jwksUri),
                RegistrationStatus.valueOf(status), RegistrationSource.valueOf(source), sharedIssuer);
    }
}
