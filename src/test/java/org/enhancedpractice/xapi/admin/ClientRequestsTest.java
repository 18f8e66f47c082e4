package org.enhancedpractice.xapi.admin;

import static org.enhancedpractice.xapi.admin.LrsClientAdminTest.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** One refusal per rule of the administration API's request bodies and values, each with its stable code. */
class ClientRequestsTest {
    @Test
    void readsAFullCreateRequest() {
        NewLrsClient request = ClientRequests.create("{\"key\":\"uni-analytics.v2\",\"scopes\":[\"statements/read\","
                + "\"state\",\"state\"],\"tenant\":\"10000000-0000-0000-0000-000000000001\"}");
        assertEquals("uni-analytics.v2", request.key());
        assertEquals(Set.of("statements/read", "state"), request.scopes().values());
        assertEquals("state statements/read", request.scopes().stored());
        assertEquals(UUID.fromString("10000000-0000-0000-0000-000000000001"), request.tenantId());
    }

    @Test
    void keyAndTenantAreOptional() {
        NewLrsClient request = ClientRequests.create("{\"scopes\":[\"all\"],\"tenant\":null}");
        assertNull(request.key());
        assertNull(request.tenantId());
    }

    @Test
    void rejectsABodyThatIsNotJson() {
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.create("{scopes:"));
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.create(null));
    }

    @Test
    void rejectsABodyThatIsNotAnObject() {
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.create("[\"all\"]"));
    }

    @Test
    void rejectsUnknownProperties() {
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.create("{\"scopes\":[\"all\"],\"secret\":\"x\"}"));
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.scopes("{\"scopes\":[\"all\"],\"key\":\"k\"}"));
    }

    @Test
    void rejectsAKeyThatIsNotAString() {
        assertCode(400, LrsClientProblem.BODY_INVALID, () -> ClientRequests.create("{\"key\":7,\"scopes\":[\"all\"]}"));
    }

    @Test
    void rejectsMissingOrEmptyScopes() {
        assertCode(400, LrsClientProblem.SCOPES_INVALID, () -> ClientRequests.create("{\"key\":\"k\"}"));
        assertCode(400, LrsClientProblem.SCOPES_INVALID, () -> ClientRequests.create("{\"scopes\":[]}"));
        assertCode(400, LrsClientProblem.SCOPES_INVALID, () -> ClientRequests.scopes("{\"scopes\":\"all\"}"));
    }

    @Test
    void rejectsAScopeThatIsNotAString() {
        assertCode(400, LrsClientProblem.SCOPES_INVALID, () -> ClientRequests.scopes("{\"scopes\":[\"all\",1]}"));
    }

    @Test
    void rejectsAScopeOutsidePart3Section42() {
        assertCode(400, LrsClientProblem.SCOPE_UNKNOWN, () -> ClientRequests.scopes("{\"scopes\":[\"statements\"]}"));
        assertCode(400, LrsClientProblem.SCOPE_UNKNOWN, () -> ClientRequests.scopes("{\"scopes\":[\"ALL\"]}"));
    }

    @Test
    void rejectsATenantThatIsNotAUuid() {
        assertCode(400, LrsClientProblem.TENANT_UNKNOWN,
                () -> ClientRequests.create("{\"scopes\":[\"all\"],\"tenant\":\"university-one\"}"));
    }

    @Test
    void rejectsAKeyWithAColonBecauseBasicCredentialsSplitThere() {
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("a:b", scopes(), null));
    }

    @Test
    void rejectsEmptyOddOrOverlongKeys() {
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("", scopes(), null));
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("-lead", scopes(), null));
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("ünï", scopes(), null));
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("k".repeat(101), scopes(), null));
        assertEquals(100, new NewLrsClient("k".repeat(100), scopes(), null).key().length());
    }

    @Test
    void rejectsTheLaunchCredentialPrefix() {
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("launch-abc", scopes(), null));
        assertCode(400, LrsClientProblem.KEY_INVALID, () -> new NewLrsClient("Launch-abc", scopes(), null));
    }

    private static ClientScopes scopes() {
        return LrsClientAdminTest.scopes("all");
    }
}
