package org.enhancedpractice.content.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

@Entity
@Table(name = "cmi5_session")
class Cmi5SessionEntity {
    @Id String id;
    @Column(name = "registration_id") String registrationId;
    @Column(name = "au_id") String auId;
    @Column(name = "au_hash") String auHash;
    @Column(name = "activity_id") String activityId;
    @Column(name = "launch_mode") String launchMode;
    @Column(name = "fetch_hash") String fetchHash;
    @Column(name = "fetched_at") OffsetDateTime fetchedAt;
    @Column(name = "launched_at") OffsetDateTime launchedAt;
    @Column(name = "last_activity_at") OffsetDateTime lastActivityAt;
    @Column(name = "initialized_at") OffsetDateTime initializedAt;
    @Column(name = "session_verbs") String sessionVerbs;
    @Column(name = "terminated_at") OffsetDateTime terminatedAt;
    @Column(name = "abandoned_at") OffsetDateTime abandonedAt;
    @Column(name = "lti_registration") String ltiRegistration;
    @Column(name = "lti_deployment") String ltiDeployment;
    @Column(name = "lti_context") String ltiContext;
    @Column(name = "lti_resource_link") String ltiResourceLink;
    @Column(name = "lti_subject") String ltiSubject;
    @Column(name = "lti_placed_module") String ltiPlacedModule;
    @Column(name = "lti_placed_unit") String ltiPlacedUnit;
}
