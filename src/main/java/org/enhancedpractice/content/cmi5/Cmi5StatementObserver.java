package org.enhancedpractice.content.cmi5;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.statement.StatementStored;

/**
 * Watches the LRS for statements about the LMS's AU activities, after their commit (so tracking never fails an AU's
 * write), and has the tracker update the registration. The observer runs while the statement's transaction is still
 * completing on this thread, where neither joining it nor suspending it for a new one works on Payara's JTS; so the
 * tracking runs on a managed thread of its own, and this request waits for it: the AU's next statement is then judged
 * against the session as this one left it (cmi5 §9.3 ordering). A tracking failure is logged; the statement stays.
 */
@ApplicationScoped
public class Cmi5StatementObserver {
    private static final Logger LOG = Logger.getLogger(Cmi5StatementObserver.class.getName());
    static final long WAIT_SECONDS = 30;
    @Inject Cmi5Tracker tracker;
    @Inject ToolSettings tool;
    @Resource ManagedExecutorService executor;

    void onStored(@Observes(during = TransactionPhase.AFTER_SUCCESS) StatementStored stored) {
        if (!new Cmi5Ids(tool.baseUrl()).isAuActivity(stored.activityId())) {
            return;
        }
        try {
            executor.submit(() -> tracker.onAuStatement(stored.id())).get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "cmi5 tracking failed for statement " + stored.id(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
