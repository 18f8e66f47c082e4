package org.enhancedpractice.lti.rosters;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.enhancedpractice.lti.services.Member;

/**
 * A roster as the tool keeps it. {@code refreshKind} says how it was last read from the platform ({@code full} or
 * {@code differences}); {@code fromCache} whether this answer came from the cache without asking the platform.
 */
public record CachedRoster(List<Member> members, URI differences, int pages, String refreshKind,
                           Instant refreshedAt, boolean fromCache) {
    public static final String FULL = "full";
    public static final String DIFFERENCES = "differences";

    public CachedRoster {
        members = List.copyOf(members);
    }

    public CachedRoster served() {
        return new CachedRoster(members, differences, pages, refreshKind, refreshedAt, true);
    }
}
