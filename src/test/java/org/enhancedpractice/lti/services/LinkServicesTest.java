package org.enhancedpractice.lti.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.lti.launch.LtiLaunch;
import org.enhancedpractice.lti.launch.LtiRoles;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.registry.RegistrationSource;
import org.enhancedpractice.lti.registry.RegistrationStatus;
import org.junit.jupiter.api.Test;

/** What a launch's AGS (AGS 2.0 §3.1) and NRPS (NRPS 2.0 §3.6.1) claims bring for its link. */
class LinkServicesTest {
    static final String AGS = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";
    static final String SCORE = "https://purl.imsglobal.org/spec/lti-ags/scope/score";
    static final UUID REGISTRATION = UUID.fromString("5b0f4a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b");

    @Test
    void keepsScopesLineItemsLineItemAndMemberships() {
        LinkServices services = LinkServices.of(launch(Map.of(
                AGS, Map.of("scope", List.of(SCORE, 7), "lineitems", "https://moodle.example.ac.uk/li?type_id=3",
                        "lineitem", "https://moodle.example.ac.uk/li/7/lineitem?type_id=3"),
                NRPS, Map.of("context_memberships_url", "https://moodle.example.ac.uk/memberships",
                        "service_versions", List.of("2.0")))));
        assertEquals(new CourseLink(REGISTRATION, "1", "course-42", "rl-1"), services.link());
        assertEquals("Discharge planning", services.resourceLinkTitle());
        assertEquals(Set.of(SCORE), services.agsScopes(), "non-string scopes are ignored");
        assertEquals(Set.of(SCORE), services.tokenScopes());
        assertEquals(URI.create("https://moodle.example.ac.uk/li?type_id=3"), services.lineItems());
        assertEquals(URI.create("https://moodle.example.ac.uk/li/7/lineitem?type_id=3"), services.lineItem());
        assertEquals(URI.create("https://moodle.example.ac.uk/memberships"), services.memberships());
        assertTrue(services.offersAnything());
    }

    @Test
    void withoutClaimsOffersNothingAndAsksForEveryAgsScope() {
        LinkServices services = LinkServices.of(launch(Map.of(AGS, Map.of("lineitems", "not a url", "lineitem", 5))));
        assertNull(services.lineItems(), "a relative or malformed URL is not kept");
        assertNull(services.lineItem());
        assertFalse(services.offersAnything());
        assertEquals(4, services.tokenScopes().size());
    }

    private static LtiLaunch launch(Map<String, Object> claims) {
        Registration registration = new Registration(REGISTRATION, "https://moodle.example.ac.uk", "client-1", "Moodle",
                URI.create("https://moodle.example.ac.uk/auth"), URI.create("https://moodle.example.ac.uk/token"),
                URI.create("https://moodle.example.ac.uk/certs"), RegistrationStatus.ACTIVE, RegistrationSource.DYNAMIC,
                false);
        Deployment deployment = new Deployment(REGISTRATION, "1", UUID.randomUUID(), "Testshire", "https://moodle.example.ac.uk");
        return new LtiLaunch(registration, deployment, "LtiResourceLinkRequest", "learner-7", LtiRoles.of(List.of("Learner")),
                new LtiLaunch.ResourceLink("rl-1", "Discharge planning", null),
                new LtiLaunch.LaunchContext("course-42", null, null), new LtiLaunch.Person(null, null, null, null),
                "https://tool.example/lti/launch", claims);
    }
}
