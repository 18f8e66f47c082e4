package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.rosters.CachedRoster;
import org.enhancedpractice.lti.rosters.RosterCache;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Member;
import org.enhancedpractice.platform.Problem;

/**
 * {@code GET <base>/api/roster}: the course roster from the VLE (NRPS), for tutors and mentors of that course, from
 * the tool's cache unless it is older than the configured maximum age or {@code refresh=true}; {@code link=true}
 * limits it to the people who can see the launched link ({@code rlid}, NRPS 2.0 §2.5).
 */
@Path("api/roster")
@RequestScoped
public class RosterResource {
    @Inject SessionTokens tokens;
    @Inject PlatformRegistry registry;
    @Inject RosterCache rosters;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String roster(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                         @QueryParam("refresh") boolean refresh, @QueryParam("link") boolean link) {
        SessionClaims session = CourseAccess.require(tokens, authorization, CourseAccess.STAFF, "roster_forbidden");
        if (session.membershipsUrl() == null) {
            throw new Problem(404, "roster_not_offered", "No roster", "The VLE did not offer its roster service for this course.");
        }
        CourseLink key = link && session.resourceLinkId() != null ? session.courseLink()
                : session.courseLink().contextOnly();
        CachedRoster roster = rosters.roster(CourseAccess.activeRegistration(registry, session), key,
                URI.create(session.membershipsUrl()), refresh);
        JsonArrayBuilder members = JSON.createArrayBuilder();
        roster.members().forEach(m -> members.add(member(m)));
        return JSON.createObjectBuilder().add("members", members).add("pages", roster.pages())
                .add("refreshedAt", roster.refreshedAt().toString()).add("fromCache", roster.fromCache())
                .add("refreshKind", roster.refreshKind()).build().toString();
    }

    private static JsonObjectBuilder member(Member m) {
        JsonObjectBuilder member = JSON.createObjectBuilder().add("userId", m.userId())
                .add("role", m.roles().toolRole().name()).add("active", m.active());
        if (m.name() != null) {
            member.add("name", m.name());
        }
        return member;
    }
}
