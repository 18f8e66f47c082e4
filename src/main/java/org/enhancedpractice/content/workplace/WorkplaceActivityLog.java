package org.enhancedpractice.content.workplace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.enhancedpractice.content.catalogue.CatalogueSnapshot;
import org.enhancedpractice.content.catalogue.ContentCatalogue;
import org.enhancedpractice.content.cmi5.LmsStatements;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.statement.NewStatement;
import org.enhancedpractice.xapi.statement.StatementStore;

/**
 * Logs a learner's workplace activity as an evidence statement: checks the entry, warns about likely patient
 * identifiers (the learner must remove them or confirm), and stores the statement in the learner's tenant.
 */
@ApplicationScoped
public class WorkplaceActivityLog {
    private static final Logger LOG = Logger.getLogger(WorkplaceActivityLog.class.getName());
    /** Dates are the learner's calendar days in England. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    @Inject ContentCatalogue catalogue;
    @Inject StatementStore statements;
    @Inject ToolSettings tool;
    @Inject Clock clock;

    /** Who logs: tenant and xAPI account (homePage + name). */
    public record Learner(UUID tenantId, String homePage, String name) {
    }

    @Transactional
    public LoggedActivity log(Learner learner, WorkplaceEntry entry, boolean confirmedNoPatientData) {
        CatalogueSnapshot snapshot = catalogue.current();
        ContentPackage module = entry.moduleKey() == null ? null : snapshot.packages().get(entry.moduleKey());
        if (entry.moduleKey() != null && module == null) {
            throw new Problem(404, "module_not_found", "Module not found", "There is no module '" + entry.moduleKey() + "'.");
        }
        if (entry.activityId() != null && (module == null || module.module().workplaceActivities().stream()
                .noneMatch(a -> a.id().equals(entry.activityId())))) {
            throw WorkplaceEntryRefused.rules(List.of("the suggested activity is not part of the module"));
        }
        EntryChecks.Outcome outcome = EntryChecks.check(entry, LocalDate.now(clock.withZone(UK)), knownKsbs(snapshot, module));
        if (outcome.refused()) {
            LOG.info(() -> "Workplace entry refused: " + outcome.refusals());
            throw WorkplaceEntryRefused.rules(outcome.refusals());
        }
        List<PatientDataCheck.Finding> findings = PatientDataCheck.check(entry.freeText());
        if (!findings.isEmpty() && !confirmedNoPatientData) {
            throw WorkplaceEntryRefused.patientData(findings);
        }
        UUID evidenceId = UUID.randomUUID();
        JsonObject statement = WorkplaceStatements.submitted(tool.baseUrl(),
                LmsStatements.actor(learner.homePage(), learner.name()), evidenceId, entry, module,
                outcome.flags(), List.of());
        UUID id = statements.store(new NewStatement(learner.tenantId(), statement));
        return new LoggedActivity(id, evidenceId, outcome.flags());
    }

    private static Set<String> knownKsbs(CatalogueSnapshot snapshot, ContentPackage module) {
        if (module != null && module.module().standard() != null) {
            return snapshot.standard(module.module().standard(), module.module().standardVersion())
                    .map(ApprenticeshipStandard::ksbIds).orElse(Set.of());
        }
        Set<String> all = new HashSet<>();
        snapshot.standards().values().forEach(s -> all.addAll(s.ksbIds()));
        return all;
    }
}
