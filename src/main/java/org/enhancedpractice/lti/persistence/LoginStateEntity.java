package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_login_state")
class LoginStateEntity {
    @Id String state;
    String nonce;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "deployment_hint") String deploymentHint;
    @Column(name = "target_link_uri") String targetLinkUri;
    @Column(name = "expires_at") OffsetDateTime expiresAt;
    @Column(name = "binding_mode") String bindingMode;
    @Column(name = "storage_target") String storageTarget;
    @Column(name = "storage_value") String storageValue;
    @Column(name = "login_hint") String loginHint;
    @Column(name = "message_hint") String messageHint;
}
