package org.enhancedpractice.content.cmi5;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.enhancedpractice.xapi.document.StateDocuments;
import org.enhancedpractice.xapi.document.StateKey;
import org.enhancedpractice.xapi.launch.LaunchCredentials;
import org.enhancedpractice.xapi.launch.LaunchScope;
import org.enhancedpractice.xapi.statement.NewStatement;
import org.enhancedpractice.xapi.statement.StatementStore;

/** The LMS's use of the embedded LRS's public API: its own statements, LMS.LaunchData, AU credentials. */
@ApplicationScoped
public class LrsGateway {
    @Inject StatementStore statements;
    @Inject StateDocuments state;
    @Inject LaunchCredentials credentials;

    public UUID store(UUID tenantId, JsonObject statement) {
        return statements.store(new NewStatement(tenantId, statement));
    }

    public Optional<JsonObject> statement(UUID id) {
        return statements.find(id);
    }

    /** cmi5 §10: LMS.LaunchData for the AU, actor and registration of the launch. */
    public void putLaunchData(UUID tenantId, String activityId, JsonObject actor, UUID registration, JsonObject data) {
        state.put(tenantId, new StateKey(activityId, actor, registration, Cmi5Vocabulary.LAUNCH_DATA),
                "application/json", data.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** cmi5 §8.2: an auth-token limited to the actor, registration and AU of the session, until it expires. */
    public String issueToken(UUID tenantId, JsonObject actor, UUID registration, String activityId, Instant expires) {
        return credentials.issue(new LaunchScope(tenantId, actor, registration, activityId, expires));
    }
}
