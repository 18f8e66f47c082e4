package org.enhancedpractice.lti.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "lti_link_services")
class LinkServicesEntity {
    @Id String id;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "deployment_id") String deploymentId;
    @Column(name = "context_id") String contextId;
    @Column(name = "resource_link_id") String resourceLinkId;
    @Column(name = "resource_link_title") String resourceLinkTitle;
    @Column(name = "ags_scopes") String agsScopes;
    @Column(name = "lineitems_url") String lineItemsUrl;
    @Column(name = "lineitem_url") String lineItemUrl;
    @Column(name = "lineitem_source") String lineItemSource;
    @Column(name = "memberships_url") String membershipsUrl;
    @Column(name = "updated_at") OffsetDateTime updatedAt;
}
