package org.enhancedpractice.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The raw configuration values, checked as a whole so that start-up can report every problem at once.
 * Kept free of MicroProfile types so the rules are unit-testable.
 */
public record ToolSettingsValues(String baseUrl, String mode, String dbClass, String dbUrl, String ltiConfigDir,
                                 long stateTtlSeconds, long clockSkewSeconds, long sessionTtlSeconds) {

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        checkBaseUrl(problems);
        if (ToolMode.parse(mode) == null) {
            problems.add("ept.mode (EPT_MODE) must be 'default' or 'production', was '" + mode + "'");
        }
        checkDatabase(problems);
        if (ltiConfigDir == null || ltiConfigDir.isBlank()) {
            problems.add("ept.lti.config-dir (EPT_LTI_CONFIG_DIR) must name a directory");
        }
        checkRange(problems, "ept.lti.state-ttl-seconds (EPT_LTI_STATE_TTL_SECONDS)", stateTtlSeconds, 30, 3600);
        checkRange(problems, "ept.lti.clock-skew-seconds (EPT_LTI_CLOCK_SKEW_SECONDS)", clockSkewSeconds, 0, 300);
        checkRange(problems, "ept.session.ttl-seconds (EPT_SESSION_TTL_SECONDS)", sessionTtlSeconds, 60, 86_400);
        return problems;
    }

    private void checkBaseUrl(List<String> problems) {
        URI uri;
        try {
            uri = new URI(baseUrl);
        } catch (Exception e) {
            problems.add("ept.base-url (EPT_BASE_URL) is not a URL: '" + baseUrl + "'");
            return;
        }
        if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
            problems.add("ept.base-url (EPT_BASE_URL) must be an absolute http(s) URL, was '" + baseUrl + "'");
        } else if (uri.getQuery() != null || uri.getFragment() != null || baseUrl.endsWith("/")) {
            problems.add("ept.base-url (EPT_BASE_URL) must have no query, fragment or trailing slash, was '" + baseUrl + "'");
        } else if (ToolMode.parse(mode) == ToolMode.PRODUCTION && !"https".equals(uri.getScheme())) {
            problems.add("ept.base-url (EPT_BASE_URL) must use https in production mode (LTI Security Framework §3), was '"
                    + baseUrl + "'");
        }
    }

    private void checkDatabase(List<String> problems) {
        if (dbUrl == null || !dbUrl.startsWith("jdbc:")) {
            problems.add("ept.db.url (EPT_DB_URL) must be a JDBC URL, was '" + dbUrl + "'");
            return;
        }
        boolean postgres = dbUrl.startsWith("jdbc:postgresql:");
        boolean h2 = dbUrl.startsWith("jdbc:h2:");
        if (!postgres && !h2) {
            problems.add("ept.db.url (EPT_DB_URL) must be a PostgreSQL (jdbc:postgresql:) or embedded H2 (jdbc:h2:) URL");
        } else if (postgres && (dbClass == null || !dbClass.startsWith("org.postgresql."))) {
            problems.add("ept.db.url is a PostgreSQL URL, so ept.db.class (EPT_DB_CLASS) must be "
                    + "org.postgresql.ds.PGSimpleDataSource, was '" + dbClass + "'");
        } else if (h2 && (dbClass == null || !dbClass.startsWith("org.h2."))) {
            problems.add("ept.db.url is an H2 URL, so ept.db.class (EPT_DB_CLASS) must be org.h2.jdbcx.JdbcDataSource, was '"
                    + dbClass + "'");
        }
        if (h2 && ToolMode.parse(mode) == ToolMode.PRODUCTION) {
            problems.add("production mode needs PostgreSQL: set EPT_DB_CLASS, EPT_DB_URL, EPT_DB_USER and EPT_DB_PASSWORD");
        }
    }

    private static void checkRange(List<String> problems, String key, long value, long min, long max) {
        if (value < min || value > max) {
            problems.add(key + " must be between " + min + " and " + max + ", was " + value);
        }
    }
}
