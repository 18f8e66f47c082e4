package org.enhancedpractice.content.cmi5;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.enhancedpractice.content.ContentSettings;

/** Every five minutes, abandons AU sessions idle for longer than ept.cmi5.session-timeout-minutes (cmi5 §9.3.6). */
@Singleton
public class AbandonedSessionSweep {
    private static final Logger LOG = Logger.getLogger(AbandonedSessionSweep.class.getName());
    @Inject Cmi5Tracker tracker;
    @Inject ContentSettings settings;

    @Schedule(minute = "*/5", hour = "*", persistent = false)
    void sweep() {
        int abandoned = tracker.abandonIdle(settings.sessionTimeout(), 500);
        if (abandoned > 0) {
            LOG.info(() -> "Abandoned " + abandoned + " idle AU session(s)");
        }
    }
}
