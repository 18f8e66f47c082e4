package org.enhancedpractice.platform;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;

/**
 * Start-up in a fixed order: check configuration, migrate the schema, then let capabilities initialise.
 * A failure anywhere is fatal: the message is logged plainly and, by default, the process exits, because a
 * Payara Micro whose only application failed to deploy would otherwise keep running and answer 404.
 */
@ApplicationScoped
public class ToolStartup {
    private static final Logger LOG = Logger.getLogger(ToolStartup.class.getName());

    @Inject ToolSettings settings;
    @Inject AdminAccess admin;
    @Inject Event<ToolReady> ready;
    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;
    @Inject @ConfigProperty(name = "ept.startup.exit-on-failure", defaultValue = "true")
    boolean exitOnFailure;

    void start(@Observes @Priority(1) @Initialized(ApplicationScoped.class) Object event) {
        try {
            List<String> problems = new java.util.ArrayList<>(settings.values().problems());
            problems.addAll(settings.services().problems());
            admin.configuredToken().filter(t -> t.length() < AdminAccess.MIN_TOKEN_LENGTH).ifPresent(t -> problems.add(
                    "ept.admin.token (EPT_ADMIN_TOKEN) must be at least " + AdminAccess.MIN_TOKEN_LENGTH + " characters"));
            if (!problems.isEmpty()) {
                throw new ConfigurationProblem(problems);
            }
            migrate();
            ready.fire(new ToolReady());
            LOG.info(() -> "Enhanced Practice Tool ready at " + settings.baseUrl() + " (mode " + settings.mode()
                    + ", database " + (settings.usesPostgres() ? "PostgreSQL" : "embedded H2") + ")");
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "Enhanced Practice Tool cannot start. " + e.getMessage(), e);
            if (exitOnFailure) {
                System.err.println("Enhanced Practice Tool cannot start. " + e.getMessage());
                Runtime.getRuntime().halt(78);
            }
            throw e;
        }
    }

    private void migrate() {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .load().migrate();
    }
}
