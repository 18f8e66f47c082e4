package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.content.catalogue.CatalogueSnapshot;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.cmi5.AuLaunchRequest;
import org.enhancedpractice.content.cmi5.AuLauncher;
import org.enhancedpractice.content.cmi5.Cmi5Tracker;
import org.enhancedpractice.content.cmi5.LaunchedAu;
import org.enhancedpractice.content.cmi5.LtiPlacement;
import org.enhancedpractice.content.cmi5.Progress;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.platform.Problem;

/**
 * The module catalogue for launched users ({@code /api/catalogue}): list with filters, one module with the
 * learner's progress, and AU launch for learners. Bearer session token as for every page API.
 */
@Path("api/catalogue")
@RequestScoped
public class CatalogueResource {
    @Inject SessionTokens tokens;
    @Inject ContentCatalogue catalogue;
    @Inject Cmi5Tracker tracker;
    @Inject AuLauncher launcher;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String list(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                       @QueryParam("profession") String profession, @QueryParam("pillar") String pillar,
                       @QueryParam("q") String query, @QueryParam("units") boolean withUnits) {
        SessionResource.SessionAuth.require(tokens, authorization);
        String needle = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        JsonArrayBuilder modules = JSON.createArrayBuilder();
        catalogue.current().packages().values().stream()
                .filter(p -> blank(profession) || p.module().professions().contains(profession)
                        || "core".equals(profession) && "core".equals(p.module().kind()))
                .filter(p -> blank(pillar) || p.module().pillars().contains(pillar))
                .filter(p -> needle.isEmpty() || (p.course().title().best() + " " + p.course().description().best())
                        .toLowerCase(Locale.ROOT).contains(needle))
                .forEach(p -> modules.add(withUnits ? CatalogueJson.withUnits(p) : CatalogueJson.summary(p)));
        return JSON.createObjectBuilder().add("modules", modules).build().toString();
    }

    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public String module(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        CatalogueSnapshot snapshot = catalogue.current();
        ContentPackage p = find(snapshot, key);
        Map<String, Progress> progress = isLearner(session) && session.actorHomePage() != null
                ? tracker.progress(UUID.fromString(session.tenantId()), session.actorHomePage(), session.subject(),
                        p.course().id())
                : Map.of();
        return CatalogueJson.detail(p, snapshot, progress).toString();
    }

    /** Launches one AU for the learner; the body names it: {@code {"au": "<publisher id>"}}. */
    @POST
    @Path("{key}/launch")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String launch(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key,
                         JsonObject body) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (!isLearner(session) || session.actorHomePage() == null) {
            throw new Problem(403, "launch_learners_only", "Only learners launch units",
                    "Units record a learner's progress; tutors and mentors can open the module's preview instead.");
        }
        String au = body == null ? null : body.getString("au", null);
        if (au == null) {
            throw new Problem(400, "launch_unit_missing", "No unit named", "Send {\"au\": \"<unit id>\"}.");
        }
        ContentPackage p = find(catalogue.current(), key);
        LaunchedAu launched = launcher.launch(new AuLaunchRequest(UUID.fromString(session.tenantId()),
                session.actorHomePage(), session.subject(), p.key(), au, AuLaunchRequest.NORMAL,
                new LtiPlacement(session.registrationId(), session.deploymentId(), session.contextId(),
                        session.resourceLinkId(), session.subject(), session.module(), session.unit())));
        return JSON.createObjectBuilder().add("url", launched.url()).add("launchMethod", launched.launchMethod())
                .add("session", launched.sessionId().toString()).build().toString();
    }

    /**
     * A tutor waives a unit for a learner of the course (recognised prior learning): cmi5 §9.3.7 with one of the
     * reasons of §9.5.5.2. Body: {@code {"learner": "<LTI user id>", "au": "<unit id>", "reason": "..."}}.
     */
    @POST
    @Path("{key}/waive")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public String waive(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization, @PathParam("key") String key,
                        JsonObject body) {
        SessionClaims session = SessionResource.SessionAuth.require(tokens, authorization);
        if (!"TUTOR".equals(session.role()) || session.actorHomePage() == null) {
            throw new Problem(403, "waive_tutors_only", "Only tutors waive units",
                    "Waiving a unit needs an instructor role in the course.");
        }
        String learner = body == null ? null : body.getString("learner", null);
        String au = body == null ? null : body.getString("au", null);
        String reason = body == null ? null : body.getString("reason", null);
        if (learner == null || au == null || !WAIVE_REASONS.contains(reason)) {
            throw new Problem(400, "waive_request_invalid", "Waiver not understood",
                    "Send learner, au and a reason: one of " + WAIVE_REASONS + " (cmi5 §9.5.5.2).");
        }
        ContentPackage p = find(catalogue.current(), key);
        var unit = p.course().units().filter(u -> u.id().equals(au)).findFirst().orElseThrow(() -> new Problem(404,
                "unit_not_found", "Unit not found", "Module '" + key + "' has no unit '" + au + "'."));
        boolean waived = tracker.waive(UUID.fromString(session.tenantId()), session.actorHomePage(), learner, p, unit,
                reason);
        return JSON.createObjectBuilder().add("waived", waived).add("alreadyWaived", !waived).build().toString();
    }

    /** cmi5 §9.5.5.2's reasons; recognised prior learning is usually "Equivalent Outside Activity". */
    static final java.util.List<String> WAIVE_REASONS = java.util.List.of("Tested Out", "Equivalent AU",
            "Equivalent Outside Activity", "Administrative");

    static boolean isLearner(SessionClaims session) {
        return "LEARNER".equals(session.role());
    }

    private static ContentPackage find(CatalogueSnapshot snapshot, String key) {
        ContentPackage p = snapshot.packages().get(key);
        if (p == null) {
            throw new Problem(404, "module_not_found", "Module not found", "There is no module '" + key + "'.");
        }
        return p;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
