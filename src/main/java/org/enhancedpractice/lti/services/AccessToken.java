package org.enhancedpractice.lti.services;

import java.time.Instant;
import java.util.Set;

/** A platform access token with the scopes the platform actually granted (they can be fewer than requested). */
public record AccessToken(String value, Set<String> grantedScopes, Instant expiresAt) {
    public AccessToken {
        grantedScopes = Set.copyOf(grantedScopes);
    }

    /** Still usable for a call that starts now, with a margin for the call itself. */
    boolean usableAt(Instant now) {
        return expiresAt.minusSeconds(30).isAfter(now);
    }

    @Override
    public String toString() {
        return "AccessToken[scopes=" + grantedScopes + ", expiresAt=" + expiresAt + "]";
    }
}
