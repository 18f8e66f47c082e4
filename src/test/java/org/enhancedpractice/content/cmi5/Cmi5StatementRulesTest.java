package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.content.cmi5.Cmi5Fixtures.*;
import static org.enhancedpractice.content.cmi5.Cmi5Vocabulary.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Cmi5StatementRulesTest {
    private static final BigDecimal MASTERY = new BigDecimal("0.8");
    private static final Progress NOTHING = Progress.none("https://e.org/au/1", "au");

    private static Optional<String> check(JsonObject statement, AuSession session, Progress progress) {
        return Cmi5StatementRules.check(statement, session, progress, MASTERY, T0.plusSeconds(5), Duration.ofSeconds(10));
    }

    private static Optional<String> afterInit(JsonObject statement) {
        return check(statement, session("Normal", Set.of("initialized")), NOTHING);
    }

    private static void assertRefused(Optional<String> outcome, String section) {
        assertTrue(outcome.isPresent(), "expected a refusal under " + section);
        assertTrue(outcome.get().contains(section), outcome.get());
    }

    @Test
    void acceptsInitializedAsTheFirstStatement() {
        assertEquals(Optional.empty(), check(statement(INITIALIZED, null, true, false), session("Normal", Set.of()), NOTHING));
    }

    @Test
    void refusesAnythingBeforeInitialized() {
        assertRefused(check(statement(COMPLETED, result("{\"completion\":true,\"duration\":\"PT1S\"}"), true, true),
                session("Normal", Set.of()), NOTHING), "§9.3");
    }

    @Test
    void acceptsCompletedWithDurationAndMoveOnCategory() {
        assertEquals(Optional.empty(), afterInit(statement(COMPLETED,
                result("{\"completion\":true,\"duration\":\"PT60S\"}"), true, true)));
    }

    @Test
    void refusesCompletedWithoutDuration() {
        assertRefused(afterInit(statement(COMPLETED, result("{\"completion\":true}"), true, true)), "§9.5.4");
    }

    @Test
    void refusesCompletedWithoutTheMoveOnCategory() {
        assertRefused(afterInit(statement(COMPLETED, result("{\"completion\":true,\"duration\":\"PT1S\"}"), true,
                false)), "§9.6.2.2");
    }

    @Test
    void refusesASecondCompletedInTheRegistration() {
        assertRefused(check(statement(COMPLETED, result("{\"completion\":true,\"duration\":\"PT1S\"}"), true, true),
                session("Normal", Set.of("initialized")), NOTHING.completed(T0)), "§9.3");
    }

    @Test
    void refusesPassedBelowTheMasteryScore() {
        assertRefused(afterInit(statement(PASSED, result(
                "{\"success\":true,\"score\":{\"scaled\":0.7},\"duration\":\"PT1S\"}"), true, true)), "§9.3.4");
    }

    @Test
    void refusesFailedAtOrAboveTheMasteryScore() {
        assertRefused(afterInit(statement(FAILED, result(
                "{\"success\":false,\"score\":{\"scaled\":0.8},\"duration\":\"PT1S\"}"), true, true)), "§9.3.5");
    }

    @Test
    void refusesPassedWithSuccessFalse() {
        assertRefused(afterInit(statement(PASSED, result(
                "{\"success\":false,\"score\":{\"scaled\":0.9},\"duration\":\"PT1S\"}"), true, true)), "§9.5.2");
    }

    @Test
    void refusesFailedAfterFailedInTheSameSession() {
        assertRefused(check(statement(FAILED, result("{\"success\":false,\"duration\":\"PT1S\"}"), true, true),
                session("Normal", Set.of("initialized", "failed")), NOTHING), "§9.3");
    }

    @Test
    void refusesFailedAfterPassedInTheRegistration() {
        assertRefused(check(statement(FAILED, result("{\"success\":false,\"duration\":\"PT1S\"}"), true, true),
                session("Normal", Set.of("initialized")), NOTHING.passed(T0, new BigDecimal("0.9"))), "§9.3");
    }

    @Test
    void refusesAScoreOnCompleted() {
        assertRefused(afterInit(statement(COMPLETED, result(
                "{\"completion\":true,\"score\":{\"scaled\":1},\"duration\":\"PT1S\"}"), true, true)), "§9.5.1");
    }

    @Test
    void refusesJudgementsInBrowseMode() {
        assertRefused(check(statement(COMPLETED, result("{\"completion\":true,\"duration\":\"PT1S\"}"), true, true),
                session("Browse", Set.of("initialized")), NOTHING), "§10.2.2");
    }

    @Test
    void refusesLmsVerbsFromTheAu() {
        assertRefused(afterInit(statement(SATISFIED, null, true, false)), "§9.3");
        assertRefused(afterInit(statement(LAUNCHED, null, true, false)), "§9.3");
    }

    @Test
    void refusesVoiding() {
        assertRefused(afterInit(statement(VOIDED, null, false, false)), "§6.3");
    }

    @Test
    void refusesStatementsAfterTerminated() {
        assertRefused(check(statement("http://adlnet.gov/expapi/verbs/answered", null, false, false),
                session("Normal", Set.of("initialized", "terminated")), NOTHING), "§9.3");
    }

    @Test
    void refusesStatementsInAnAbandonedSession() {
        AuSession s = session("Normal", Set.of("initialized"));
        AuSession abandoned = new AuSession(s.id(), s.registrationId(), s.auId(), s.activityId(), s.launchMode(),
                s.launchedAt(), s.lastActivityAt(), s.initializedAt(), s.sessionVerbs(), null, T0, T0, s.placement());
        assertRefused(check(statement(TERMINATED, result("{\"duration\":\"PT1S\"}"), true, false), abandoned, NOTHING),
                "§9.3.6");
    }

    @Test
    void refusesAnotherRegistration() {
        JsonObject s = statement(INITIALIZED, null, true, false);
        JsonObject other = jakarta.json.Json.createObjectBuilder(s).add("context", jakarta.json.Json
                .createObjectBuilder(s.getJsonObject("context")).add("registration",
                        "00000000-0000-4000-8000-000000000000")).build();
        assertRefused(check(other, session("Normal", Set.of()), NOTHING), "§9.6.1");
    }

    @Test
    void acceptsCmi5AllowedStatementsBetweenInitializedAndTerminated() {
        assertEquals(Optional.empty(), afterInit(statement("http://adlnet.gov/expapi/verbs/answered",
                result("{\"success\":true,\"response\":\"b\"}"), false, false)));
    }
}
