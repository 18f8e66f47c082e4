package org.enhancedpractice.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The start-up check of the tool's own configuration keys (docs/configuration.md). */
class ToolSettingsValuesTest {
    private static final String PG_CLASS = "org.postgresql.ds.PGSimpleDataSource";
    private static final String PG_URL = "jdbc:postgresql://db.example.ac.uk:5432/ept";
    private static final String H2_CLASS = "org.h2.jdbcx.JdbcDataSource";
    private static final String H2_URL = "jdbc:h2:file:./data/ept";

    /** The values a fresh checkout runs with: every default of {@link ToolSettings}. */
    private static ToolSettingsValues defaults() {
        return new ToolSettingsValues("http://localhost:8080", "default", H2_CLASS, H2_URL, "lti-config", 300, 30, 1800);
    }

    private static ToolSettingsValues production() {
        return new ToolSettingsValues("https://ept.example.ac.uk", "production", PG_CLASS, PG_URL, "/etc/ept/lti-config",
                300, 30, 1800);
    }

    private static ToolSettingsValues withBaseUrl(ToolSettingsValues v, String baseUrl) {
        return new ToolSettingsValues(baseUrl, v.mode(), v.dbClass(), v.dbUrl(), v.ltiConfigDir(), v.stateTtlSeconds(),
                v.clockSkewSeconds(), v.sessionTtlSeconds());
    }

    private static ToolSettingsValues withMode(ToolSettingsValues v, String mode) {
        return new ToolSettingsValues(v.baseUrl(), mode, v.dbClass(), v.dbUrl(), v.ltiConfigDir(), v.stateTtlSeconds(),
                v.clockSkewSeconds(), v.sessionTtlSeconds());
    }

    private static ToolSettingsValues withDatabase(ToolSettingsValues v, String dbClass, String dbUrl) {
        return new ToolSettingsValues(v.baseUrl(), v.mode(), dbClass, dbUrl, v.ltiConfigDir(), v.stateTtlSeconds(),
                v.clockSkewSeconds(), v.sessionTtlSeconds());
    }

    private static ToolSettingsValues withTtls(long stateTtl, long clockSkew, long sessionTtl) {
        ToolSettingsValues v = defaults();
        return new ToolSettingsValues(v.baseUrl(), v.mode(), v.dbClass(), v.dbUrl(), v.ltiConfigDir(), stateTtl,
                clockSkew, sessionTtl);
    }

    @Test
    void defaultsMatchTheDocumentedValues() {
        assertEquals(H2_URL, ToolSettings.DEFAULT_DB_URL);
        assertEquals(H2_CLASS, ToolSettings.DEFAULT_DB_CLASS);
    }

    @Test
    void acceptsDefaults() {
        assertEquals(List.of(), defaults().problems());
    }

    @Test
    void acceptsProductionWithHttpsAndPostgres() {
        assertEquals(List.of(), production().problems());
    }

    @Test
    void acceptsModeInAnyCaseWithSurroundingSpace() {
        assertEquals(List.of(), withMode(production(), " Production ").problems());
    }

    @Test
    void acceptsBaseUrlWithContextPath() {
        assertEquals(List.of(), withBaseUrl(production(), "https://apps.example.ac.uk/ept").problems());
    }

    @Test
    void reportsUnknownMode() {
        assertEquals(List.of("ept.mode (EPT_MODE) must be 'default' or 'production', was 'staging'"),
                withMode(defaults(), "staging").problems());
    }

    @Test
    void reportsBaseUrlWithTrailingSlash() {
        assertEquals(List.of("ept.base-url (EPT_BASE_URL) must have no query, fragment or trailing slash, was "
                + "'http://localhost:8080/'"), withBaseUrl(defaults(), "http://localhost:8080/").problems());
    }

    @Test
    void reportsBaseUrlWithQuery() {
        assertEquals(List.of("ept.base-url (EPT_BASE_URL) must have no query, fragment or trailing slash, was "
                + "'http://localhost:8080?x=1'"), withBaseUrl(defaults(), "http://localhost:8080?x=1").problems());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://ept.example.ac.uk", "localhost:8080", "/ept", "https:///ept"})
    void reportsBaseUrlThatIsNotAbsoluteHttp(String baseUrl) {
        assertEquals(List.of("ept.base-url (EPT_BASE_URL) must be an absolute http(s) URL, was '" + baseUrl + "'"),
                withBaseUrl(defaults(), baseUrl).problems());
    }

    @Test
    void reportsBaseUrlThatIsNotAUrl() {
        assertEquals(List.of("ept.base-url (EPT_BASE_URL) is not a URL: 'http://ept example'"),
                withBaseUrl(defaults(), "http://ept example").problems());
    }

    @Test
    void reportsPlainHttpBaseUrlInProduction() {
        assertEquals(List.of("ept.base-url (EPT_BASE_URL) must use https in production mode (LTI Security Framework §3), "
                + "was 'http://ept.example.ac.uk'"), withBaseUrl(production(), "http://ept.example.ac.uk").problems());
    }

    @Test
    void reportsH2InProduction() {
        assertEquals(List.of("production mode needs PostgreSQL: set EPT_DB_CLASS, EPT_DB_URL, EPT_DB_USER and "
                + "EPT_DB_PASSWORD"), withDatabase(production(), H2_CLASS, H2_URL).problems());
    }

    @Test
    void reportsPostgresUrlWithH2DataSource() {
        assertEquals(List.of("ept.db.url is a PostgreSQL URL, so ept.db.class (EPT_DB_CLASS) must be "
                + "org.postgresql.ds.PGSimpleDataSource, was '" + H2_CLASS + "'"),
                withDatabase(defaults(), H2_CLASS, PG_URL).problems());
    }

    @Test
    void reportsH2UrlWithPostgresDataSource() {
        assertEquals(List.of("ept.db.url is an H2 URL, so ept.db.class (EPT_DB_CLASS) must be "
                + "org.h2.jdbcx.JdbcDataSource, was '" + PG_CLASS + "'"),
                withDatabase(defaults(), PG_CLASS, H2_URL).problems());
    }

    @Test
    void reportsDatabaseUrlThatIsNotJdbc() {
        assertEquals(List.of("ept.db.url (EPT_DB_URL) must be a JDBC URL, was 'postgresql://db.example.ac.uk/ept'"),
                withDatabase(defaults(), PG_CLASS, "postgresql://db.example.ac.uk/ept").problems());
    }

    @Test
    void reportsUnsupportedDatabase() {
        assertEquals(List.of("ept.db.url (EPT_DB_URL) must be a PostgreSQL (jdbc:postgresql:) or embedded H2 (jdbc:h2:) URL"),
                withDatabase(defaults(), "com.mysql.cj.jdbc.MysqlDataSource", "jdbc:mysql://db/ept").problems());
    }

    @Test
    void reportsBlankLtiConfigDirectory() {
        ToolSettingsValues v = defaults();
        ToolSettingsValues blank = new ToolSettingsValues(v.baseUrl(), v.mode(), v.dbClass(), v.dbUrl(), " ",
                v.stateTtlSeconds(), v.clockSkewSeconds(), v.sessionTtlSeconds());
        assertEquals(List.of("ept.lti.config-dir (EPT_LTI_CONFIG_DIR) must name a directory"), blank.problems());
    }

    @ParameterizedTest
    @CsvSource({
            "29, 30, 1800, 'ept.lti.state-ttl-seconds (EPT_LTI_STATE_TTL_SECONDS) must be between 30 and 3600, was 29'",
            "3601, 30, 1800, 'ept.lti.state-ttl-seconds (EPT_LTI_STATE_TTL_SECONDS) must be between 30 and 3600, was 3601'",
            "300, -1, 1800, 'ept.lti.clock-skew-seconds (EPT_LTI_CLOCK_SKEW_SECONDS) must be between 0 and 300, was -1'",
            "300, 301, 1800, 'ept.lti.clock-skew-seconds (EPT_LTI_CLOCK_SKEW_SECONDS) must be between 0 and 300, was 301'",
            "300, 30, 59, 'ept.session.ttl-seconds (EPT_SESSION_TTL_SECONDS) must be between 60 and 86400, was 59'",
            "300, 30, 86401, 'ept.session.ttl-seconds (EPT_SESSION_TTL_SECONDS) must be between 60 and 86400, was 86401'"})
    void reportsDurationOutOfRange(long stateTtl, long clockSkew, long sessionTtl, String problem) {
        assertEquals(List.of(problem), withTtls(stateTtl, clockSkew, sessionTtl).problems());
    }

    @ParameterizedTest
    @CsvSource({"30, 0, 60", "3600, 300, 86400"})
    void acceptsDurationsAtTheEdgesOfTheirRange(long stateTtl, long clockSkew, long sessionTtl) {
        assertEquals(List.of(), withTtls(stateTtl, clockSkew, sessionTtl).problems());
    }

    @Test
    void reportsEveryProblemAtOnce() {
        ToolSettingsValues bad = new ToolSettingsValues("http://ept.example.ac.uk", "production", H2_CLASS, H2_URL, "",
                10, 30, 1800);
        assertEquals(4, bad.problems().size(), bad.problems().toString());
    }
}
