package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.content.ContentSettings;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.persistence.JpaCmi5Store;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Launches AUs as the cmi5 LMS: registration found or created (§8.1.4), earlier open sessions of the AU abandoned
 * (§9.3.6), LMS.LaunchData written (§10), the launched statement recorded before the AU opens (§9.3.1), and the
 * launch URL built with endpoint, fetch, actor, registration and activityId (§8.1). The fetch URL is single use (§8.2).
 */
@ApplicationScoped
public class AuLauncher {
    @Inject JpaCmi5Store store;
    @Inject LrsGateway lrs;
    @Inject ContentCatalogue catalogue;
    @Inject Cmi5Tracker tracker;
    @Inject ToolSettings tool;
    @Inject ContentSettings settings;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Transactional
    public LaunchedAu launch(AuLaunchRequest request) {
        ContentPackage pkg = catalogue.current().packages().get(request.packageKey());
        AssignableUnit au = pkg == null ? null
                : pkg.course().units().filter(u -> u.id().equals(request.auId())).findFirst().orElse(null);
        if (au == null) {
            throw new Problem(404, "unit_not_found", "Unit not found", "There is no unit '" + request.auId()
                    + "' in module '" + request.packageKey() + "'.");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Cmi5Registration registration = tracker.registration(request.tenantId(), request.actorHomePage(),
                request.actorName(), pkg.course(), now);
        JsonObject actor = LmsStatements.actor(request.actorHomePage(), request.actorName());
        tracker.abandonOpen(registration, au.id(), actor, now);
        Cmi5Ids ids = new Cmi5Ids(tool.baseUrl());
        String activityId = ids.auActivity(pkg.course().id(), au.id());
        UUID sessionId = UUID.randomUUID();
        String code = code();
        store.insert(new AuSession(sessionId, registration.id(), au.id(), activityId, request.launchMode(), now, now,
                null, java.util.Set.of(), null, null, null, request.placement()), Cmi5Ids.sha256(code));
        String returnUrl = tool.baseUrl() + "/content/return?session=" + sessionId;
        lrs.putLaunchData(request.tenantId(), activityId, actor, registration.id(),
                LmsStatements.launchData(sessionId, au, request.launchMode(), returnUrl));
        String auUrl = auUrl(pkg, au);
        lrs.store(request.tenantId(), LmsStatements.launched(actor, registration.id(), sessionId, activityId, au,
                request.launchMode(), auUrl));
        String url = withParameters(auUrl, Map.of("endpoint", tool.baseUrl() + "/xapi/",
                "fetch", tool.baseUrl() + "/cmi5/fetch/" + code, "actor", actor.toString(),
                "registration", registration.id().toString(), "activityId", activityId));
        return new LaunchedAu(url, au.launchMethod().name(), sessionId, registration.id());
    }

    /** §8.2: the first POST gets the auth-token; any later one, or one for an ended session, gets error-code 1. */
    @Transactional
    public JsonObject fetch(String code) {
        var session = store.sessionByFetch(Cmi5Ids.sha256(code));
        if (session.isEmpty()) {
            return error("2", "This fetch URL is not valid.");
        }
        Instant now = clock.instant();
        AuSession s = session.get();
        if (s.fetchedAt() != null || !s.isOpen() || !store.claimFetch(s.id(), now)) {
            return error("1", "The authorization token has already been returned, or the session has ended.");
        }
        Cmi5Registration registration = store.registration(s.registrationId()).orElseThrow();
        String token = lrs.issueToken(registration.tenantId(),
                LmsStatements.actor(registration.actorHomePage(), registration.actorName()), registration.id(),
                s.activityId(), now.plus(settings.sessionTimeout()));
        return JSON.createObjectBuilder().add("auth-token", token).build();
    }

    static JsonObject error(String code, String text) {
        return JSON.createObjectBuilder().add("error-code", code).add("error-text", text).build();
    }

    private String auUrl(ContentPackage pkg, AssignableUnit au) {
        return au.isRelativeUrl() ? tool.baseUrl() + "/content/" + pkg.key() + "/" + au.url() : au.url();
    }

    static String withParameters(String url, Map<String, String> parameters) {
        StringBuilder out = new StringBuilder(url).append(url.contains("?") ? '&' : '?');
        for (String name : new String[] {"endpoint", "fetch", "actor", "registration", "activityId"}) {
            out.append(name).append('=').append(URLEncoder.encode(parameters.get(name), StandardCharsets.UTF_8))
                    .append('&');
        }
        out.setLength(out.length() - 1);
        return out.toString();
    }

    private String code() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
