package org.enhancedpractice.xapi.validation;

import static org.enhancedpractice.xapi.validation.Statements.with;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import org.enhancedpractice.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

/**
 * The xAPI 2.0 (IEEE 9274.1.1) validation differences, and that 1.0.3 requests keep the 1.0.3 rules: timestamps
 * with a zone, context agents and groups, context activities as arrays, statement versions.
 */
class XapiTwoPointZeroTest {
    private static final String CONTEXT_AGENTS = "'context':{'contextAgents':[{'objectType':'contextAgent',"
            + "'agent':{'mbox':'mailto:mentor@example.nhs.uk'},'relevantTypes':['https://ept.example/roles/mentor']}],"
            + "'contextGroups':[{'objectType':'contextGroup','group':{'objectType':'Group','name':'Ward 4',"
            + "'member':[{'mbox':'mailto:a@example.nhs.uk'}]}}]}";

    @Test
    void rejectsTimestampWithoutZoneIn2_0Only() {
        JsonObject statement = with("'timestamp':'2026-11-25T09:30:00'");
        assertDoesNotThrow(() -> StatementValidator.validate(statement, XapiVersion.V1_0_3));
        InvalidStatement e = assertThrows(InvalidStatement.class,
                () -> StatementValidator.validate(statement, XapiVersion.V2_0_0));
        assertEquals("$.timestamp", e.property());
        assertEquals("timestamp-zone", e.rule().code());
        assertDoesNotThrow(() -> StatementValidator.validate(with("'timestamp':'2026-11-25T09:30:00+01:00'"),
                XapiVersion.V2_0_0));
    }

    @Test
    void acceptsContextAgentsAndGroupsIn2_0AndRefusesThemIn1_0() {
        JsonObject statement = with(CONTEXT_AGENTS);
        assertDoesNotThrow(() -> StatementValidator.validate(statement, XapiVersion.V2_0_0));
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(statement));
        assertEquals("unknown-property", e.rule().code());
    }

    @Test
    void rejectsContextAgentWithWrongObjectType() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                CONTEXT_AGENTS.replace("'contextAgent'", "'Agent'")), XapiVersion.V2_0_0));
        assertEquals("$.context.contextAgents[0].objectType", e.property());
        assertEquals("object-type", e.rule().code());
    }

    @Test
    void rejectsContextAgentWithoutAgentOrWithBadRelevantType() {
        InvalidStatement missing = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'context':{'contextAgents':[{'objectType':'contextAgent'}]}"), XapiVersion.V2_0_0));
        assertEquals("required", missing.rule().code());
        InvalidStatement badType = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                CONTEXT_AGENTS.replace("https://ept.example/roles/mentor", "mentor")), XapiVersion.V2_0_0));
        assertEquals("$.context.contextAgents[0].relevantTypes[0]", badType.property());
        assertEquals("not-an-iri", badType.rule().code());
    }

    @Test
    void rejectsContextGroupHoldingAnAgent() {
        InvalidStatement e = assertThrows(InvalidStatement.class, () -> StatementValidator.validate(with(
                "'context':{'contextGroups':[{'objectType':'contextGroup','group':{'mbox':'mailto:a@example.nhs.uk'}}]}"),
                XapiVersion.V2_0_0));
        assertEquals("$.context.contextGroups[0].group.objectType", e.property());
    }

    @Test
    void requiresContextActivityArraysIn2_0Only() {
        JsonObject single = with("'context':{'contextActivities':{'parent':{'id':'https://ept.example/courses/ecp'}}}");
        assertDoesNotThrow(() -> StatementValidator.validate(single, XapiVersion.V1_0_3));
        InvalidStatement e = assertThrows(InvalidStatement.class,
                () -> StatementValidator.validate(single, XapiVersion.V2_0_0));
        assertEquals("$.context.contextActivities.parent", e.property());
        assertEquals("not-an-array", e.rule().code());
    }

    @Test
    void statementVersion2_0OnlyUnder2_0() {
        JsonObject statement = with("'version':'2.0.0'");
        assertDoesNotThrow(() -> StatementValidator.validate(statement, XapiVersion.V2_0_0));
        assertEquals("version", assertThrows(InvalidStatement.class,
                () -> StatementValidator.validate(statement)).rule().code());
        assertDoesNotThrow(() -> StatementValidator.validate(with("'version':'1.0.3'"), XapiVersion.V2_0_0));
    }

    @Test
    void readsVersionHeaders() {
        assertEquals(XapiVersion.V1_0_3, XapiVersion.ofHeader("1.0").orElseThrow());
        assertEquals(XapiVersion.V1_0_3, XapiVersion.ofHeader("1.0.1").orElseThrow());
        assertEquals(XapiVersion.V2_0_0, XapiVersion.ofHeader("2.0.0").orElseThrow());
        assertEquals("2.0.0", XapiVersion.ofHeader("2.0").orElseThrow().header());
        assertEquals(java.util.Optional.empty(), XapiVersion.ofHeader("1.1.0"));
        assertEquals(java.util.Optional.empty(), XapiVersion.ofHeader(null));
    }
}
