package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.statement.StatementStored;

/**
 * Watches the LRS for statements about the LMS's AU activities (after their commit, so tracking never fails an AU's
 * write) and hands them to the tracker. A tracking failure is logged; the statement stays stored.
 */
@ApplicationScoped
public class Cmi5StatementObserver {
    private static final Logger LOG = Logger.getLogger(Cmi5StatementObserver.class.getName());
    @Inject Cmi5Tracker tracker;
    @Inject ToolSettings tool;

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementStored stored) {
        if (!new Cmi5Ids(tool.baseUrl()).isAuActivity(stored.activityId())) {
            return;
        }
        try {
            tracker.onAuStatement(stored.id());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cmi5 tracking failed for statement " + stored.id(), e);
        }
    }
}
