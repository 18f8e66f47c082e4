package org.enhancedpractice.lti.rosters;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.lti.services.Member;

/**
 * Applies a differences answer (NRPS 2.0 §2.4.2) to a cached roster: changed members replace their old entry in
 * place, new ones are added at the end, and members marked {@code Deleted} leave. Inactive members stay, marked so.
 */
final class RosterMerge {
    static final String DELETED = "Deleted";

    private RosterMerge() {
    }

    static List<Member> apply(List<Member> cached, List<Member> changes) {
        Map<String, Member> merged = new LinkedHashMap<>();
        cached.forEach(m -> merged.put(m.userId(), m));
        for (Member change : changes) {
            if (DELETED.equals(change.status())) {
                merged.remove(change.userId());
            } else {
                merged.put(change.userId(), change);
            }
        }
        return new ArrayList<>(merged.values());
    }
}
