package org.enhancedpractice.platform;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one registry of the tool's own configuration keys (documented in docs/configuration.md). The database keys
 * are read here only to be checked: the data source itself is defined in {@link DataSourceConfig}.
 */
@ApplicationScoped
public class ToolSettings {

    public static final String DEFAULT_DB_URL = "jdbc:h2:file:./data/ept";
    public static final String DEFAULT_DB_CLASS = "org.h2.jdbcx.JdbcDataSource";

    @Inject @ConfigProperty(name = "ept.base-url", defaultValue = "http://localhost:8080")
    String baseUrl;
    @Inject @ConfigProperty(name = "ept.mode", defaultValue = "default")
    String mode;
    @Inject @ConfigProperty(name = "ept.db.class", defaultValue = DEFAULT_DB_CLASS)
    String dbClass;
    @Inject @ConfigProperty(name = "ept.db.url", defaultValue = DEFAULT_DB_URL)
    String dbUrl;
    @Inject @ConfigProperty(name = "ept.lti.config-dir", defaultValue = "lti-config")
    String ltiConfigDir;
    @Inject @ConfigProperty(name = "ept.lti.state-ttl-seconds", defaultValue = "300")
    long stateTtlSeconds;
    @Inject @ConfigProperty(name = "ept.lti.clock-skew-seconds", defaultValue = "30")
    long clockSkewSeconds;
    @Inject @ConfigProperty(name = "ept.session.ttl-seconds", defaultValue = "1800")
    long sessionTtlSeconds;

    @Inject @ConfigProperty(name = "ept.grades.send-interval-seconds", defaultValue = "10")
    long gradeSendIntervalSeconds;
    @Inject @ConfigProperty(name = "ept.grades.max-attempts", defaultValue = "20")
    int gradeMaxAttempts;
    @Inject @ConfigProperty(name = "ept.grades.backoff-base-seconds", defaultValue = "30")
    long gradeBackoffBaseSeconds;
    @Inject @ConfigProperty(name = "ept.grades.backoff-max-seconds", defaultValue = "21600")
    long gradeBackoffMaxSeconds;
    @Inject @ConfigProperty(name = "ept.nrps.max-age-seconds", defaultValue = "3600")
    long rosterMaxAgeSeconds;

    private ToolSettingsValues values;
    private LtiServiceSettings services;

    @PostConstruct
    void read() {
        values = new ToolSettingsValues(baseUrl, mode, dbClass, dbUrl, ltiConfigDir, stateTtlSeconds, clockSkewSeconds,
                sessionTtlSeconds);
        services = new LtiServiceSettings(gradeSendIntervalSeconds, gradeMaxAttempts, gradeBackoffBaseSeconds,
                gradeBackoffMaxSeconds, rosterMaxAgeSeconds);
    }

    /** Grade outbox and roster cache settings (checked at start-up with the others). */
    public LtiServiceSettings services() {
        return services;
    }

    public ToolSettingsValues values() {
        return values;
    }

    /** The public origin plus context path the tool puts into redirect URIs and registrations, without trailing slash. */
    public String baseUrl() {
        return values.baseUrl();
    }

    public URI url(String path) {
        return URI.create(values.baseUrl() + (path.startsWith("/") ? path : "/" + path));
    }

    public ToolMode mode() {
        ToolMode parsed = ToolMode.parse(values.mode());
        return parsed == null ? ToolMode.PRODUCTION : parsed;
    }

    /** Demo platform, auto-activated registrations and plain-http loopback platforms: only in the default mode. */
    public boolean isDefaultMode() {
        return mode() == ToolMode.DEFAULT;
    }

    public boolean usesPostgres() {
        return values.dbUrl().startsWith("jdbc:postgresql:");
    }

    public Path ltiConfigDir() {
        return Path.of(values.ltiConfigDir());
    }

    public Duration stateTtl() {
        return Duration.ofSeconds(values.stateTtlSeconds());
    }

    public Duration clockSkew() {
        return Duration.ofSeconds(values.clockSkewSeconds());
    }

    public Duration sessionTtl() {
        return Duration.ofSeconds(values.sessionTtlSeconds());
    }
}
