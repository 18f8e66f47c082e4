package org.enhancedpractice.lti.rosters;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.enhancedpractice.lti.persistence.JpaRosterStore;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.services.CourseLink;
import org.enhancedpractice.lti.services.Memberships;
import org.enhancedpractice.lti.services.Roster;
import org.enhancedpractice.lti.services.ServiceCallFailed;
import org.enhancedpractice.platform.ToolSettings;

/**
 * The public API for course rosters: served from the database while younger than {@code ept.nrps.max-age-seconds};
 * otherwise, or when asked to refresh, read again from the platform, through the differences link when the last
 * answer gave one (NRPS 2.0 §2.4.2) and in full otherwise or when the differences read fails.
 */
@ApplicationScoped
public class RosterCache {
    private static final Logger LOG = Logger.getLogger(RosterCache.class.getName());

    @Inject JpaRosterStore store;
    @Inject Memberships memberships;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    /**
     * @param key            the context ({@link CourseLink#contextOnly()}) or, for a roster limited to the people who
     *                       can see one link ({@code rlid}, NRPS 2.0 §2.5), the link itself
     * @param membershipsUrl the launch's {@code context_memberships_url}
     * @param refresh        read the platform now whatever the cache's age
     */
    public CachedRoster roster(Registration registration, CourseLink key, URI membershipsUrl, boolean refresh) {
        Optional<CachedRoster> cached = store.find(key, membershipsUrl);
        Instant now = clock.instant();
        if (cached.isPresent() && !refresh
                && cached.get().refreshedAt().plus(settings.services().rosterMaxAge()).isAfter(now)) {
            return cached.get().served();
        }
        if (cached.isPresent() && cached.get().differences() != null) {
            try {
                return differences(registration, key, membershipsUrl, cached.get());
            } catch (ServiceCallFailed e) {
                LOG.info(() -> "Differences read failed, reading the whole roster: " + e.detail());
            }
        }
        String rlid = key.resourceLinkId().isEmpty() ? null : key.resourceLinkId();
        Roster roster = memberships.fetch(registration, membershipsUrl, rlid);
        CachedRoster fresh = new CachedRoster(roster.members(), roster.differences(), roster.pages(),
                CachedRoster.FULL, now, false);
        store.replace(key, membershipsUrl, fresh);
        return fresh;
    }

    private CachedRoster differences(Registration registration, CourseLink key, URI membershipsUrl,
                                     CachedRoster cached) {
        Roster changes = memberships.fetch(registration, cached.differences(), null);
        CachedRoster merged = new CachedRoster(RosterMerge.apply(cached.members(), changes.members()),
                changes.differences(), changes.pages(), CachedRoster.DIFFERENCES, clock.instant(), false);
        store.replace(key, membershipsUrl, merged);
        return merged;
    }
}
