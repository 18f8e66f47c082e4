package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.services.Memberships;
import org.enhancedpractice.lti.services.Roster;
import org.enhancedpractice.platform.Problem;

/** {@code GET <base>/api/roster}: the course roster from the VLE (NRPS), for tutors and mentors of that course. */
@Path("api/roster")
@RequestScoped
public class RosterResource {
    static final Set<String> STAFF = Set.of("TUTOR", "MENTOR");

    @Inject SessionTokens tokens;
    @Inject PlatformRegistry registry;
    @Inject Memberships memberships;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String roster(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (!STAFF.contains(session.role())) {
            throw new Problem(403, "roster_forbidden", "Not available", "Only tutors and mentors see the course roster.");
        }
        if (session.membershipsUrl() == null) {
            throw new Problem(404, "roster_not_offered", "No roster", "The VLE did not offer its roster service for this course.");
        }
        Registration registration = registry.find(UUID.fromString(session.registrationId()))
                .filter(Registration::isActive)
                .orElseThrow(() -> new Problem(403, "registration_not_active", "Not available", "The VLE's registration is not active."));
        Roster roster = memberships.fetch(registration, URI.create(session.membershipsUrl()), null);
        JsonArrayBuilder members = JSON.createArrayBuilder();
        roster.members().forEach(m -> {
            var member = JSON.createObjectBuilder().add("userId", m.userId()).add("role", m.roles().toolRole().name())
                    .add("active", m.active());
            if (m.name() != null) {
                member.add("name", m.name());
            }
            members.add(member);
        });
        return JSON.createObjectBuilder().add("members", members).add("pages", roster.pages()).build().toString();
    }
}
