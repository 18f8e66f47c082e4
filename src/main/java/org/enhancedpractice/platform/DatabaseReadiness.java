package org.enhancedpractice.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** MicroProfile Health readiness: the tool is ready when its database answers. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
    @Resource(lookup = DataSourceConfig.JNDI_NAME)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return HealthCheckResponse.named("database").status(valid)
                    .withData("product", c.getMetaData().getDatabaseProductName()).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("database").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
