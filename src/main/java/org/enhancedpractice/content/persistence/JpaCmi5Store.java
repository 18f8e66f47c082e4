package org.enhancedpractice.content.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.enhancedpractice.content.cmi5.AuSession;
import org.enhancedpractice.content.cmi5.Cmi5Ids;
import org.enhancedpractice.content.cmi5.Cmi5Registration;
import org.enhancedpractice.content.cmi5.LtiPlacement;
import org.enhancedpractice.content.cmi5.Progress;

/** cmi5 registrations, AU sessions and progress. Joins the caller's transaction, or starts one. */
@ApplicationScoped
@Transactional
public class JpaCmi5Store {
    @PersistenceContext(unitName = "ept") EntityManager em;

    public Optional<Cmi5Registration> registration(UUID tenantId, String homePage, String name, String courseId) {
        return em.createQuery("SELECT r FROM Cmi5RegistrationEntity r WHERE r.tenantId = :t AND r.actorName = :n"
                        + " AND r.courseHash = :c AND r.actorHomePage = :h", Cmi5RegistrationEntity.class)
                .setParameter("t", tenantId.toString()).setParameter("n", name)
                .setParameter("c", Cmi5Ids.sha256(courseId)).setParameter("h", homePage)
                .getResultStream().findFirst().map(JpaCmi5Store::registration);
    }

    public Optional<Cmi5Registration> registration(UUID id) {
        return Optional.ofNullable(em.find(Cmi5RegistrationEntity.class, id.toString())).map(JpaCmi5Store::registration);
    }

    public void insert(Cmi5Registration r) {
        Cmi5RegistrationEntity e = new Cmi5RegistrationEntity();
        e.id = r.id().toString();
        e.tenantId = r.tenantId().toString();
        e.actorHomePage = r.actorHomePage();
        e.actorName = r.actorName();
        e.courseId = r.courseId();
        e.courseHash = Cmi5Ids.sha256(r.courseId());
        e.createdAt = time(r.createdAt());
        em.persist(e);
        em.flush();
    }

    public void insert(AuSession s, String fetchHash) {
        Cmi5SessionEntity e = new Cmi5SessionEntity();
        e.id = s.id().toString();
        e.registrationId = s.registrationId().toString();
        e.auId = s.auId();
        e.auHash = Cmi5Ids.sha256(s.auId());
        e.activityId = s.activityId();
        e.launchMode = s.launchMode();
        e.fetchHash = fetchHash;
        e.launchedAt = time(s.launchedAt());
        e.lastActivityAt = time(s.lastActivityAt());
        e.sessionVerbs = "";
        e.ltiRegistration = s.placement().registration();
        e.ltiDeployment = s.placement().deployment();
        e.ltiContext = s.placement().context();
        e.ltiResourceLink = s.placement().resourceLink();
        e.ltiSubject = s.placement().subject();
        e.ltiPlacedModule = s.placement().placedModule();
        e.ltiPlacedUnit = s.placement().placedUnit();
        em.persist(e);
    }

    public Optional<AuSession> session(UUID id) {
        return Optional.ofNullable(em.find(Cmi5SessionEntity.class, id.toString())).map(JpaCmi5Store::session);
    }

    public Optional<AuSession> sessionByFetch(String fetchHash) {
        return em.createQuery("SELECT s FROM Cmi5SessionEntity s WHERE s.fetchHash = :f", Cmi5SessionEntity.class)
                .setParameter("f", fetchHash).getResultStream().findFirst().map(JpaCmi5Store::session);
    }

    /** Marks the fetch as used; false when another request used it first (one UPDATE, so only one can win). */
    public boolean claimFetch(UUID sessionId, Instant at) {
        return em.createQuery("UPDATE Cmi5SessionEntity s SET s.fetchedAt = :at WHERE s.id = :id"
                        + " AND s.fetchedAt IS NULL AND s.terminatedAt IS NULL AND s.abandonedAt IS NULL")
                .setParameter("at", time(at)).setParameter("id", sessionId.toString()).executeUpdate() == 1;
    }

    public List<AuSession> openSessions(UUID registrationId, String auId) {
        return em.createQuery("SELECT s FROM Cmi5SessionEntity s WHERE s.registrationId = :r AND s.auHash = :a"
                        + " AND s.terminatedAt IS NULL AND s.abandonedAt IS NULL", Cmi5SessionEntity.class)
                .setParameter("r", registrationId.toString()).setParameter("a", Cmi5Ids.sha256(auId))
                .getResultList().stream().map(JpaCmi5Store::session).toList();
    }

    /** Open sessions with no statement since {@code before}, oldest first. */
    public List<AuSession> staleSessions(Instant before, int max) {
        return em.createQuery("SELECT s FROM Cmi5SessionEntity s WHERE s.terminatedAt IS NULL"
                        + " AND s.abandonedAt IS NULL AND s.lastActivityAt < :b ORDER BY s.lastActivityAt",
                        Cmi5SessionEntity.class)
                .setParameter("b", time(before)).setMaxResults(max).getResultList().stream()
                .map(JpaCmi5Store::session).toList();
    }

    /** Notes a statement the AU sent in the session (cmi5 defined verbs by short name, or null for others). */
    public void recordStatement(UUID sessionId, String cmi5Verb, Instant at) {
        Cmi5SessionEntity e = em.find(Cmi5SessionEntity.class, sessionId.toString());
        if (e == null) {
            return;
        }
        e.lastActivityAt = time(at);
        if (cmi5Verb != null) {
            Set<String> verbs = verbs(e.sessionVerbs);
            verbs.add(cmi5Verb);
            e.sessionVerbs = String.join(",", verbs);
            if ("initialized".equals(cmi5Verb) && e.initializedAt == null) {
                e.initializedAt = time(at);
            }
            if ("terminated".equals(cmi5Verb) && e.terminatedAt == null) {
                e.terminatedAt = time(at);
            }
        }
    }

    public void markAbandoned(UUID sessionId, Instant at) {
        Cmi5SessionEntity e = em.find(Cmi5SessionEntity.class, sessionId.toString());
        if (e != null && e.abandonedAt == null) {
            e.abandonedAt = time(at);
        }
    }

    public Map<String, Progress> progress(UUID registrationId) {
        return em.createQuery("SELECT p FROM Cmi5ProgressEntity p WHERE p.registrationId = :r",
                        Cmi5ProgressEntity.class).setParameter("r", registrationId.toString()).getResultList().stream()
                .collect(Collectors.toMap(p -> p.objectId, JpaCmi5Store::progress));
    }

    public void save(UUID registrationId, Progress p) {
        Cmi5ProgressEntity.Key key = new Cmi5ProgressEntity.Key();
        key.registrationId = registrationId.toString();
        key.objectHash = Cmi5Ids.sha256(p.objectId());
        Cmi5ProgressEntity e = em.find(Cmi5ProgressEntity.class, key);
        boolean isNew = e == null;
        if (isNew) {
            e = new Cmi5ProgressEntity();
            e.registrationId = key.registrationId;
            e.objectHash = key.objectHash;
            e.objectId = p.objectId();
            e.kind = p.kind();
        }
        e.completedAt = time(p.completedAt());
        e.passedAt = time(p.passedAt());
        e.failedAt = time(p.failedAt());
        e.scoreScaled = p.scoreScaled();
        e.waivedReason = p.waivedReason();
        e.satisfiedAt = time(p.satisfiedAt());
        if (isNew) {
            em.persist(e);
        }
    }

    private static Set<String> verbs(String list) {
        return list == null || list.isBlank() ? new LinkedHashSet<>()
                : new LinkedHashSet<>(Arrays.asList(list.split(",")));
    }

    private static Cmi5Registration registration(Cmi5RegistrationEntity e) {
        return new Cmi5Registration(UUID.fromString(e.id), UUID.fromString(e.tenantId), e.actorHomePage, e.actorName,
                e.courseId, e.createdAt.toInstant());
    }

    private static AuSession session(Cmi5SessionEntity e) {
        return new AuSession(UUID.fromString(e.id), UUID.fromString(e.registrationId), e.auId, e.activityId,
                e.launchMode, instant(e.launchedAt), instant(e.lastActivityAt), instant(e.initializedAt),
                verbs(e.sessionVerbs), instant(e.terminatedAt), instant(e.abandonedAt), instant(e.fetchedAt),
                new LtiPlacement(e.ltiRegistration, e.ltiDeployment, e.ltiContext, e.ltiResourceLink, e.ltiSubject,
                        e.ltiPlacedModule, e.ltiPlacedUnit));
    }

    private static Progress progress(Cmi5ProgressEntity e) {
        return new Progress(e.objectId, e.kind, instant(e.completedAt), instant(e.passedAt), instant(e.failedAt),
                e.scoreScaled, e.waivedReason, instant(e.satisfiedAt));
    }

    private static OffsetDateTime time(Instant i) {
        return i == null ? null : OffsetDateTime.ofInstant(i, ZoneOffset.UTC);
    }

    private static Instant instant(OffsetDateTime t) {
        return t == null ? null : t.toInstant();
    }
}
