package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.persistence.JpaCmi5Store;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.Course;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Keeps the LMS's view of each registration current: sessions (initialized, terminated, abandoned), AU results,
 * satisfaction of blocks and course with the LMS's satisfied statements (cmi5 §9.3.9), and waivers (§9.3.7).
 */
@ApplicationScoped
public class Cmi5Tracker {
    @Inject JpaCmi5Store store;
    @Inject LrsGateway lrs;
    @Inject ContentCatalogue catalogue;
    @Inject ToolSettings tool;
    @Inject Clock clock;
    @Inject Event<UnitProgressed> progressed;

    /** Finds or creates the registration; a new one is evaluated at once (§9.6.1: NotApplicable AUs are met). */
    @Transactional
    public Cmi5Registration registration(UUID tenantId, String homePage, String name, Course course, Instant now) {
        Optional<Cmi5Registration> existing = store.registration(tenantId, homePage, name, course.id());
        if (existing.isPresent()) {
            return existing.get();
        }
        Cmi5Registration created = new Cmi5Registration(UUID.randomUUID(), tenantId, homePage, name, course.id(), now);
        store.insert(created);
        evaluate(created, course, UUID.randomUUID(), now);
        return created;
    }

    /** §9.3.6: a new launch of an AU abandons its sessions that never terminated. */
    @Transactional
    public void abandonOpen(Cmi5Registration registration, String auId, JsonObject actor, Instant now) {
        for (AuSession open : store.openSessions(registration.id(), auId)) {
            abandon(registration, open, actor, now);
        }
    }

    void abandon(Cmi5Registration registration, AuSession open, JsonObject actor, Instant now) {
        Duration length = Duration.between(open.launchedAt(), open.lastActivityAt());
        lrs.store(registration.tenantId(), LmsStatements.abandoned(actor, registration.id(), open, length));
        store.markAbandoned(open.id(), now);
    }

    /** Called for each stored statement about one of the LMS's AU activities, after its commit (see the observer). */
    @Transactional
    public void onAuStatement(UUID statementId) {
        JsonObject statement = lrs.statement(statementId).orElse(null);
        Optional<AuSession> session = statement == null ? Optional.empty() : sessionOf(statement);
        if (session.isEmpty()) {
            return;
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        String verb = statement.getJsonObject("verb").getString("id");
        String shortVerb = Cmi5Vocabulary.AU_VERBS.get(verb);
        boolean cmi5Defined = Cmi5StatementRules.isCmi5Defined(statement);
        store.recordStatement(session.get().id(), cmi5Defined ? shortVerb : null, now);
        if (!cmi5Defined || shortVerb == null || !java.util.List.of("completed", "passed", "failed").contains(shortVerb)) {
            return;
        }
        Cmi5Registration registration = store.registration(session.get().registrationId()).orElseThrow();
        Progress before = store.progress(registration.id()).getOrDefault(session.get().auId(),
                Progress.none(session.get().auId(), "au"));
        BigDecimal score = scaled(statement);
        Progress after = switch (shortVerb) {
            case "completed" -> before.completed(now);
            case "passed" -> before.passed(now, score);
            default -> before.failed(now, score);
        };
        store.save(registration.id(), after);
        react(registration, session.get(), shortVerb, score, now);
    }

    /** §9.3.7: a tutor waives an AU (recognised prior learning); its own session id; satisfaction re-evaluated. */
    @Transactional
    public boolean waive(UUID tenantId, String homePage, String name, ContentPackage pkg, AssignableUnit au,
                         String reason) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Cmi5Registration registration = registration(tenantId, homePage, name, pkg.course(), now);
        Progress before = store.progress(registration.id()).getOrDefault(au.id(), Progress.none(au.id(), "au"));
        if (before.waivedReason() != null) {
            return false;
        }
        UUID sessionId = UUID.randomUUID();
        String activityId = new Cmi5Ids(tool.baseUrl()).auActivity(pkg.course().id(), au.id());
        lrs.store(tenantId, LmsStatements.waived(LmsStatements.actor(homePage, name), registration.id(), sessionId,
                activityId, au.id(), reason));
        store.save(registration.id(), before.waived(reason));
        AuSession pseudo = new AuSession(sessionId, registration.id(), au.id(), activityId, "Normal", now, now, null,
                java.util.Set.of(), now, null, null, LtiPlacement.NONE);
        react(registration, pseudo, "waived", null, now);
        return true;
    }

    private void react(Cmi5Registration registration, AuSession session, String verb, BigDecimal score, Instant now) {
        ContentPackage pkg = catalogue.current().byCourseId(registration.courseId()).orElse(null);
        if (pkg == null) {
            return;
        }
        MoveOnEvaluation.Outcome outcome = evaluate(registration, pkg.course(), session.id(), now);
        boolean auSatisfied = outcome.progress().get(session.auId()) != null
                && outcome.progress().get(session.auId()).isSatisfied();
        boolean courseSatisfied = outcome.progress().get(pkg.course().id()) != null
                && outcome.progress().get(pkg.course().id()).isSatisfied();
        String gradeSend = pkg.course().units().filter(u -> u.id().equals(session.auId())).findFirst()
                .map(u -> u.unit().gradeSend()).orElse(null);
        progressed.fire(new UnitProgressed(registration.tenantId(), session.placement(), pkg.course().id(),
                session.auId(), verb, score, auSatisfied, courseSatisfied, gradeSend));
    }

    /** Applies moveOn, stores the new progress and writes satisfied for newly satisfied blocks and the course. */
    MoveOnEvaluation.Outcome evaluate(Cmi5Registration registration, Course course, UUID sessionId, Instant now) {
        Map<String, Progress> before = store.progress(registration.id());
        MoveOnEvaluation.Outcome outcome = MoveOnEvaluation.evaluate(course, before, now);
        Cmi5Ids ids = new Cmi5Ids(tool.baseUrl());
        JsonObject actor = LmsStatements.actor(registration.actorHomePage(), registration.actorName());
        for (MoveOnEvaluation.Satisfied s : outcome.newlySatisfied()) {
            store.save(registration.id(), outcome.progress().get(s.publisherId()));
            if (s.kind().equals("block")) {
                lrs.store(registration.tenantId(), LmsStatements.satisfied(actor, registration.id(), sessionId,
                        ids.block(course.id(), s.publisherId()), s.publisherId(), Cmi5Vocabulary.TYPE_BLOCK));
            } else if (s.kind().equals("course")) {
                lrs.store(registration.tenantId(), LmsStatements.satisfied(actor, registration.id(), sessionId,
                        ids.course(course.id()), s.publisherId(), Cmi5Vocabulary.TYPE_COURSE));
            }
        }
        return outcome;
    }

    /** A learner's progress in a module (empty when never launched); keys are publisher ids. */
    public Map<String, Progress> progress(UUID tenantId, String homePage, String name, String courseId) {
        return store.registration(tenantId, homePage, name, courseId).map(r -> store.progress(r.id()))
                .orElse(Map.of());
    }

    /** Sessions idle longer than the timeout are abandoned (§9.3.6: a session that ended without terminated). */
    @Transactional
    public int abandonIdle(Duration timeout, int max) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        int count = 0;
        for (AuSession idle : store.staleSessions(now.minus(timeout), max)) {
            Cmi5Registration registration = store.registration(idle.registrationId()).orElseThrow();
            abandon(registration, idle, LmsStatements.actor(registration.actorHomePage(), registration.actorName()),
                    now);
            count++;
        }
        return count;
    }

    public Optional<AuSession> sessionOf(JsonObject statement) {
        JsonObject context = statement.getJsonObject("context");
        if (context == null || !(context.get("extensions") instanceof JsonObject ext)
                || !(ext.get(Cmi5Vocabulary.EXT_SESSION) instanceof jakarta.json.JsonString id)) {
            return Optional.empty();
        }
        try {
            return store.session(UUID.fromString(id.getString()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static BigDecimal scaled(JsonObject statement) {
        if (statement.get("result") instanceof JsonObject result && result.get("score") instanceof JsonObject score
                && score.get("scaled") instanceof JsonNumber scaled) {
            return scaled.bigDecimalValue();
        }
        return null;
    }
}
