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
                        session.resourceLinkId(), session.subject())));
        return JSON.createObjectBuilder().add("url", launched.url()).add("launchMethod", launched.launchMethod())
                .add("session", launched.sessionId().toString()).build().toString();
    }

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
