package org.enhancedpractice.lti.rosters;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.enhancedpractice.lti.launch.LtiRoles;
import org.enhancedpractice.lti.services.Member;
import org.junit.jupiter.api.Test;

/** NRPS 2.0 §2.4.2: a differences answer applied to the cached roster. */
class RosterMergeTest {
    private static final LtiRoles LEARNER = LtiRoles.of(List.of("Learner"));

    @Test
    void changesReplaceInPlaceNewcomersAppendDeletedLeaveInactiveStay() {
        List<Member> cached = List.of(member("a", "Active"), member("b", "Active"), member("c", "Active"));
        List<Member> changes = List.of(member("b", "Inactive"), member("c", "Deleted"), member("d", "Active"),
                member("x", "Deleted"));
        List<Member> merged = RosterMerge.apply(cached, changes);
        assertEquals(List.of("a:Active", "b:Inactive", "d:Active"),
                merged.stream().map(m -> m.userId() + ":" + m.status()).toList());
    }

    @Test
    void noChangesKeepTheRoster() {
        List<Member> cached = List.of(member("a", null));
        assertEquals(cached, RosterMerge.apply(cached, List.of()));
    }

    private static Member member(String id, String status) {
        return new Member(id, LEARNER, status, null, null, null);
    }
}
