package org.enhancedpractice.lti.services;

import java.net.URI;
import java.util.List;

/** A context's members, and the platform's differences link for the next refresh when it offers one. */
public record Roster(List<Member> members, URI differences, int pages) {
    public Roster {
        members = List.copyOf(members);
    }
}
