package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_roster")
class RosterEntity {
    @Id String id;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "deployment_id") String deploymentId;
    @Column(name = "context_id") String contextId;
    @Column(name = "resource_link_id") String resourceLinkId;
    @Column(name = "memberships_url") String membershipsUrl;
    @Column(name = "differences_url") String differencesUrl;
    int pages;
    @Column(name = "refresh_kind") String refreshKind;
    @Column(name = "refreshed_at") OffsetDateTime refreshedAt;
}
