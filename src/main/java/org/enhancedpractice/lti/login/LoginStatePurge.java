package org.enhancedpractice.lti.login;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.logging.Logger;
import org.enhancedpractice.lti.persistence.JpaLoginStateStore;

/** Deletes login states whose launch never came back (abandoned logins), every five minutes. */
@Singleton
public class LoginStatePurge {
    private static final Logger LOG = Logger.getLogger(LoginStatePurge.class.getName());

    @Inject JpaLoginStateStore states;
    @Inject Clock clock;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void purge() {
        int removed = states.purgeExpired(clock.instant());
        if (removed > 0) {
            LOG.fine(() -> "Purged " + removed + " expired login states");
        }
    }
}
