package org.enhancedpractice.lti.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.lti.launch.LtiRoles;
import org.enhancedpractice.lti.rosters.CachedRoster;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Member;

/**
 * Cached NRPS rosters. A roster's id is derived from its key, so two instances refreshing the same new roster at
 * once collide on the primary key instead of keeping two copies; a refresh locks the roster row while it replaces
 * the members.
 */
@ApplicationScoped
@Transactional
public class JpaRosterStore {
    static final String INSERT_MEMBER = "INSERT INTO lti_roster_member (roster_id, user_id, member_order, roles, status,"
            + " name, given_name, family_name) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
    static final String SELECT_MEMBERS = "SELECT user_id, roles, status, name, given_name, family_name"
            + " FROM lti_roster_member WHERE roster_id = ?1 ORDER BY member_order";

    @PersistenceContext(unitName = "ept") EntityManager em;

    /** The cached roster of {@code key}, if it was read from {@code membershipsUrl}. */
    public Optional<CachedRoster> find(CourseLink key, URI membershipsUrl) {
        RosterEntity e = em.find(RosterEntity.class, id(key));
        if (e == null || !e.membershipsUrl.equals(membershipsUrl.toString())) {
            return Optional.empty();
        }
        return Optional.of(new CachedRoster(members(e.id), e.differencesUrl == null ? null : URI.create(e.differencesUrl),
                e.pages, e.refreshKind, e.refreshedAt.toInstant(), true));
    }

    public void replace(CourseLink key, URI membershipsUrl, CachedRoster roster) {
        String id = id(key);
        RosterEntity e = em.find(RosterEntity.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (e == null) {
            e = new RosterEntity();
            e.id = id;
            e.registrationId = key.registrationId().toString();
            e.deploymentId = key.deploymentId();
            e.contextId = key.contextId();
            e.resourceLinkId = key.resourceLinkId();
            em.persist(e);
        }
        e.membershipsUrl = membershipsUrl.toString();
        e.differencesUrl = roster.differences() == null ? null : roster.differences().toString();
        e.pages = roster.pages();
        e.refreshKind = roster.refreshKind();
        e.refreshedAt = JpaGradeOutboxStore.odt(roster.refreshedAt());
        em.flush();
        em.createNativeQuery("DELETE FROM lti_roster_member WHERE roster_id = ?1").setParameter(1, id).executeUpdate();
        int order = 0;
        for (Member m : roster.members()) {
            em.createNativeQuery(INSERT_MEMBER).setParameter(1, id).setParameter(2, m.userId())
                    .setParameter(3, order++).setParameter(4, String.join(" ", m.roles().uris()))
                    .setParameter(5, m.status()).setParameter(6, m.name()).setParameter(7, m.givenName())
                    .setParameter(8, m.familyName()).executeUpdate();
        }
    }

    private List<Member> members(String rosterId) {
        List<Member> members = new ArrayList<>();
        for (Object row : em.createNativeQuery(SELECT_MEMBERS).setParameter(1, rosterId).getResultList()) {
            Object[] c = (Object[]) row;
            List<String> roles = c[1] == null || c[1].toString().isBlank() ? List.of()
                    : Arrays.asList(c[1].toString().split(" "));
            members.add(new Member((String) c[0], LtiRoles.of(roles), (String) c[2], (String) c[3], (String) c[4],
                    (String) c[5]));
        }
        return members;
    }

    static String id(CourseLink key) {
        return UUID.nameUUIDFromBytes(String.join("\n", key.registrationId().toString(), key.deploymentId(),
                key.contextId(), key.resourceLinkId()).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
