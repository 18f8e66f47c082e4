package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.xapi.statement.NewStatement;
import org.enhancedpractice.xapi.statement.StatementStore;

/** The LMS's use of the embedded LRS's public API: its own statements, LMS.LaunchData, AU credentials. */
@ApplicationScoped
public class LrsGateway {
    @Inject StatementStore statements;

    public UUID store(UUID tenantId, JsonObject statement) {
        return statements.store(new NewStatement(tenantId, statement));
    }

    public Optional<JsonObject> statement(UUID id) {
        return statements.find(id);
    }

    public void putLaunchData(UUID tenantId, String activityId, JsonObject actor, UUID registration, JsonObject data) {
        throw new UnsupportedOperationException("waits for the LRS State API");
    }

    public String issueToken(UUID tenantId, JsonObject actor, UUID registration, String activityId, Instant expires) {
        throw new UnsupportedOperationException("waits for the LRS launch credentials");
    }
}
