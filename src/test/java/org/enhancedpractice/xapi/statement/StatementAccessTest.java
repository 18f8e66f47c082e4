package org.enhancedpractice.xapi.statement;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.auth.LrsClient;
import org.enhancedpractice.xapi.launch.LaunchScope;
import org.enhancedpractice.xapi.launch.PolicyRefusal;
import org.enhancedpractice.xapi.launch.StatementPolicy;
import org.enhancedpractice.xapi.launch.StatementRefused;
import org.junit.jupiter.api.Test;

/** Launch-credential limits on statements and the StatementPolicy SPI (xAPI 1.0.3 Part 3 §4; cmi5 §8.2.3). */
class StatementAccessTest {
    private static final JsonObject LEARNER = Json.createObjectBuilder().add("account", Json.createObjectBuilder()
            .add("homePage", "https://vle.example.ac.uk").add("name", "l1")).build();
    private static final LaunchScope SCOPE = new LaunchScope(null, LEARNER, UUID.randomUUID(), "https://ept.example/au",
            Instant.now().plusSeconds(300));

    @Test
    void refusesStatementOfAnotherActor() {
        JsonObject other = statement(Json.createObjectBuilder().add("mbox", "mailto:x@example.ac.uk").build());
        LrsProblem problem = assertThrows(LrsProblem.class,
                () -> StatementAccess.checkLaunchWrite(SCOPE, List.of(), List.of(statement(LEARNER), other)));
        assertEquals(403, problem.status());
        assertEquals(LrsProblem.OUTSIDE_LAUNCH, problem.code());
    }

    @Test
    void actorWithNameStillMatchesByIdentifier() {
        JsonObject named = Json.createObjectBuilder(LEARNER).add("name", "Learner One").build();
        assertDoesNotThrow(() -> StatementAccess.checkLaunchWrite(SCOPE, List.of(), List.of(statement(named))));
    }

    @Test
    void policyRefusalIs400NamingTheRuleAndStopsTheBatch() {
        List<String> seen = new ArrayList<>();
        StatementPolicy policy = (scope, statement) -> {
            seen.add(statement.getString("id"));
            if (seen.size() == 2) {
                throw new StatementRefused("cmi5-9.3-order", "launched must come first");
            }
        };
        PolicyRefusal refusal = assertThrows(PolicyRefusal.class, () -> StatementAccess.checkLaunchWrite(SCOPE,
                List.of(policy), List.of(statement(LEARNER), statement(LEARNER), statement(LEARNER))));
        assertEquals(400, refusal.status());
        assertEquals(LrsProblem.STATEMENT_REFUSED, refusal.code());
        assertEquals("cmi5-9.3-order", refusal.rule());
        assertEquals(2, seen.size(), "checking stops at the refusal");
    }

    @Test
    void policyMayRefuseWith403() {
        StatementPolicy policy = (scope, statement) -> {
            throw new StatementRefused("cmi5-satisfied-by-lms", "only the LMS says satisfied", true);
        };
        assertEquals(403, assertThrows(PolicyRefusal.class,
                () -> StatementAccess.checkLaunchWrite(SCOPE, List.of(policy), List.of(statement(LEARNER)))).status());
    }

    @Test
    void policiesSeeTheScope() {
        StatementPolicy policy = (scope, statement) -> assertEquals("https://ept.example/au", scope.activityId());
        assertDoesNotThrow(() -> StatementAccess.checkLaunchWrite(SCOPE, List.of(policy), List.of(statement(LEARNER))));
    }

    @Test
    void launchReadsAreLimitedToTheActor() {
        StatementAccess access = new StatementAccess();
        LrsClient launch = LrsClient.launched("launch-1", SCOPE);
        assertEquals("account:https://vle.example.ac.uk|l1", access.readLimit(launch, null).actorIfi());
        assertEquals(403, assertThrows(LrsProblem.class,
                () -> access.readLimit(launch, "mbox:mailto:x@example.ac.uk")).status());
        assertNull(access.readLimit(new LrsClient("k", java.util.Set.of("all"), null), null).actorIfi());
    }

    private static JsonObject statement(JsonObject actor) {
        return Json.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", Json.createObjectBuilder().add("id", "http://adlnet.gov/expapi/verbs/attempted"))
                .add("object", Json.createObjectBuilder().add("id", "https://ept.example/au")).build();
    }
}
