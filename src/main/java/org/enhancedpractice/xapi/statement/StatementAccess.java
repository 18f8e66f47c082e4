package org.enhancedpractice.xapi.statement;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.Collection;
import java.util.Objects;
import org.enhancedpractice.platform.ToolSettings;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.launch.LaunchScope;
import org.enhancedpractice.xapi.launch.PolicyRefusal;
import org.enhancedpractice.xapi.launch.StatementPolicy;
import org.enhancedpractice.xapi.launch.StatementRefused;
import org.enhancedpractice.xapi.persistence.StatementRow;

/**
 * Which statements a client may write and read beyond its scopes. A launch-scoped credential writes only statements
 * whose actor has its scope's actor's IFI, each also passing every {@link StatementPolicy}, and reads only statements
 * of that actor. A client limited to statements/read/mine reads only statements whose authority is the one the LRS
 * gives its own writes (xAPI 1.0.3 Part 3 §4.2).
 */
@ApplicationScoped
public class StatementAccess {
    @Inject @Any Instance<StatementPolicy> policies;
    @Inject ToolSettings settings;

    /** The limits a query of this client runs under: null fields are no limit. */
    public record ReadLimit(String actorIfi, String authorityIfi) {
    }

    /** Before anything of a PUT or POST is stored: refuses the whole batch on the first statement out of bounds. */
    public void checkWrite(LrsClient client, Collection<JsonObject> statements) {
        if (client.isLaunch()) {
            checkLaunchWrite(client.launch(), policies, statements);
        }
    }

    /** The launch rules for a batch: every actor the scope's, every policy satisfied (Part 3 §4; cmi5 via SPI). */
    static void checkLaunchWrite(LaunchScope scope, Iterable<? extends StatementPolicy> policies,
                                 Collection<JsonObject> statements) {
        String actor = actorIfi(scope);
        for (JsonObject statement : statements) {
            if (!actor.equals(Ifi.of(statement.getJsonObject("actor")).orElse(null))) {
                throw new LrsProblem(403, LrsProblem.OUTSIDE_LAUNCH, "Statement " + statement.getString("id", "")
                        + ": a launch credential writes only statements whose actor is the launched learner");
            }
            for (StatementPolicy policy : policies) {
                check(policy, scope, statement);
            }
        }
    }

    private static void check(StatementPolicy policy, LaunchScope scope, JsonObject statement) {
        try {
            policy.check(scope, statement);
        } catch (StatementRefused refused) {
            throw new PolicyRefusal(statement.getString("id", ""), refused);
        }
    }

    /** The limits for a query; a launch credential asking for another agent's statements is refused (403). */
    public ReadLimit readLimit(LrsClient client, String askedAgentIfi) {
        if (client.isLaunch()) {
            String actor = actorIfi(client.launch());
            if (askedAgentIfi != null && !askedAgentIfi.equals(actor)) {
                throw new LrsProblem(403, LrsProblem.OUTSIDE_LAUNCH,
                        "A launch credential reads only the statements of the launched learner");
            }
            return new ReadLimit(actor, null);
        }
        return new ReadLimit(null, client.readsOnlyOwnStatements() ? authorityIfi(client) : null);
    }

    /** Whether a single statement may be shown to this client (otherwise it answers as if there were none). */
    public boolean mayRead(LrsClient client, StatementRow row) {
        ReadLimit limit = readLimit(client, null);
        if (limit.actorIfi() != null) {
            return limit.actorIfi().equals(row.actorIfi());
        }
        if (limit.authorityIfi() != null) {
            JsonObject authority = StatementStore.parse(row.json()).getJsonObject("authority");
            return authority != null && limit.authorityIfi().equals(Ifi.of(authority).orElse(null));
        }
        return true;
    }

    /** The IFI of the authority the LRS gives this client's statements ({@link LrsStatements}). */
    public String authorityIfi(LrsClient client) {
        return Ifi.of(authority(client)).orElseThrow();
    }

    JsonObject authority(LrsClient client) {
        return JSON.createObjectBuilder().add("objectType", "Agent").add("account", JSON.createObjectBuilder()
                .add("homePage", settings.baseUrl() + LrsStatements.AUTHORITY_PATH).add("name", client.key())).build();
    }

    static String actorIfi(LaunchScope scope) {
        return Objects.requireNonNull(Ifi.of(scope.actor()).orElse(null), "a launch actor has an IFI");
    }
}
