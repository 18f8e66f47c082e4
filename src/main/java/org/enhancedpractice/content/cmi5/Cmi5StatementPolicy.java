package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.Optional;
import org.enhancedpractice.content.ContentSettings;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.persistence.JpaCmi5Store;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.launch.LaunchScope;
import org.enhancedpractice.xapi.launch.StatementPolicy;
import org.enhancedpractice.xapi.launch.StatementRefused;

/**
 * The LRS asks this before storing a statement an AU writes with its launch credential (cmi5 §6.3: the LMS should
 * reject statements that break §9's rules). Statements of credentials for other activities are not this policy's.
 */
@ApplicationScoped
public class Cmi5StatementPolicy implements StatementPolicy {
    @Inject Cmi5Tracker tracker;
    @Inject JpaCmi5Store store;
    @Inject ContentCatalogue catalogue;
    @Inject ContentSettings settings;
    @Inject ToolSettings tool;
    @Inject Clock clock;

    @Override
    public void check(LaunchScope scope, JsonObject statement) throws StatementRefused {
        if (!new Cmi5Ids(tool.baseUrl()).isAuActivity(scope.activityId())) {
            return;
        }
        Optional<AuSession> session = tracker.sessionOf(statement);
        if (session.isEmpty() || !session.get().activityId().equals(scope.activityId())
                || !session.get().registrationId().equals(scope.registration())) {
            throw new StatementRefused("cmi5 §10.2.1", "statements of an AU carry the session id of its launch in "
                    + "context.extensions (from LMS.LaunchData's contextTemplate)");
        }
        Cmi5Registration registration = store.registration(session.get().registrationId()).orElseThrow();
        Progress au = store.progress(registration.id()).getOrDefault(session.get().auId(),
                Progress.none(session.get().auId(), "au"));
        Optional<String> broken = Cmi5StatementRules.check(statement, session.get(), au, mastery(registration,
                session.get()), clock.instant(), settings.terminatedGrace());
        if (broken.isPresent()) {
            throw new StatementRefused(broken.get().substring(0, broken.get().indexOf(':')), broken.get());
        }
    }

    private BigDecimal mastery(Cmi5Registration registration, AuSession session) {
        return catalogue.current().byCourseId(registration.courseId())
                .flatMap(p -> p.course().units().filter(u -> u.id().equals(session.auId())).findFirst())
                .map(u -> u.masteryScore()).orElse(null);
    }
}
