package org.enhancedpractice.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The tool's single data source. Defaults must be written inline: Payara resolves {@code ${MPCONFIG=…}} here
 * before microprofile-config.properties is visible. The default is an H2 file database under ./data, so a
 * plain start keeps its data; EPT_DB_CLASS/URL/USER/PASSWORD switch it to PostgreSQL.
 */
@DataSourceDefinition(
        name = DataSourceConfig.JNDI_NAME,
        className = "${MPCONFIG=ept.db.class:org.h2.jdbcx.JdbcDataSource}",
        url = "${MPCONFIG=ept.db.url:jdbc:h2:file:./data/ept}",
        user = "${MPCONFIG=ept.db.user:sa}",
        password = "${MPCONFIG=ept.db.password:}",
        minPoolSize = 2,
        maxPoolSize = 32)
@ApplicationScoped
public class DataSourceConfig {
    public static final String JNDI_NAME = "java:app/jdbc/ept";
}
