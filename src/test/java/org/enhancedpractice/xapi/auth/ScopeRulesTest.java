package org.enhancedpractice.xapi.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.xapi.LrsProblem;
import org.enhancedpractice.xapi.launch.LaunchScope;
import org.junit.jupiter.api.Test;

/** Scopes of xAPI 1.0.3 Part 3 §4.2 per resource, and the limits of launch-scoped credentials. */
class ScopeRulesTest {
    @Test
    void stateScopeOpensStateOnly() {
        LrsClient client = client("state");
        allowed(client, LrsResource.STATE, "PUT");
        allowed(client, LrsResource.STATE, "GET");
        refused(client, LrsResource.ACTIVITY_PROFILE, "GET", LrsProblem.FORBIDDEN);
        refused(client, LrsResource.STATEMENTS, "GET", LrsProblem.FORBIDDEN);
    }

    @Test
    void profileScopeOpensBothProfiles() {
        LrsClient client = client("profile");
        allowed(client, LrsResource.ACTIVITY_PROFILE, "POST");
        allowed(client, LrsResource.AGENT_PROFILE, "DELETE");
        refused(client, LrsResource.STATE, "GET", LrsProblem.FORBIDDEN);
    }

    @Test
    void allReadReadsEverythingAndWritesNothing() {
        LrsClient client = client("all/read");
        for (LrsResource resource : LrsResource.values()) {
            allowed(client, resource, "GET");
            allowed(client, resource, "HEAD");
        }
        refused(client, LrsResource.STATE, "PUT", LrsProblem.FORBIDDEN);
        refused(client, LrsResource.STATEMENTS, "POST", LrsProblem.FORBIDDEN);
    }

    @Test
    void statementsReadMineReadsStatementsButOnlyItsOwn() {
        LrsClient client = client("statements/read/mine");
        allowed(client, LrsResource.STATEMENTS, "GET");
        assertTrue(client.readsOnlyOwnStatements());
        refused(client, LrsResource.STATEMENTS, "PUT", LrsProblem.FORBIDDEN);
        refused(client, LrsResource.ACTIVITIES, "GET", LrsProblem.FORBIDDEN);
        assertEquals(false, client("statements/read statements/read/mine").readsOnlyOwnStatements());
    }

    @Test
    void defineOrStatementsReadOpenActivitiesAndAgents() {
        allowed(client("define"), LrsResource.ACTIVITIES, "GET");
        allowed(client("statements/read"), LrsResource.AGENTS, "HEAD");
        refused(client("statements/write"), LrsResource.AGENTS, "GET", LrsProblem.FORBIDDEN);
    }

    @Test
    void launchCredentialUsesStatementsAndStateAndOnlyReadsProfiles() {
        LrsClient launch = LrsClient.launched("launch-1", new LaunchScope(null, Json.createObjectBuilder()
                .add("mbox", "mailto:l@example.ac.uk").build(), UUID.randomUUID(), "https://ept.example/au",
                Instant.now().plusSeconds(60)));
        allowed(launch, LrsResource.STATEMENTS, "POST");
        allowed(launch, LrsResource.STATEMENTS, "GET");
        allowed(launch, LrsResource.STATE, "PUT");
        allowed(launch, LrsResource.AGENT_PROFILE, "GET");
        refused(launch, LrsResource.AGENT_PROFILE, "PUT", LrsProblem.OUTSIDE_LAUNCH);
        refused(launch, LrsResource.ACTIVITY_PROFILE, "DELETE", LrsProblem.OUTSIDE_LAUNCH);
        refused(launch, LrsResource.ACTIVITIES, "GET", LrsProblem.OUTSIDE_LAUNCH);
        refused(launch, LrsResource.AGENTS, "GET", LrsProblem.OUTSIDE_LAUNCH);
    }

    private static LrsClient client(String scopes) {
        return new LrsClient("k", Set.of(scopes.split(" ")), null);
    }

    private static void allowed(LrsClient client, LrsResource resource, String method) {
        assertTrue(ScopeRules.refusal(client, resource, method).isEmpty(), client + " " + resource + " " + method);
    }

    private static void refused(LrsClient client, LrsResource resource, String method, String code) {
        LrsProblem problem = ScopeRules.refusal(client, resource, method).orElseThrow();
        assertEquals(403, problem.status());
        assertEquals(code, problem.code());
    }
}
