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

    private ToolSettingsValues values;

    @PostConstruct
    void read() {
        values = new ToolSettingsValues(baseUrl, mode, dbClass, dbUrl, ltiConfigDir, stateTtlSeconds, clockSkewSeconds,
                sessionTtlSeconds);
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
