package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.content.cmi5.Cmi5Vocabulary.*;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The cmi5 rules an AU's statements must keep (cmi5 §6.3: the LMS should reject those that break them). Pure: given
 * the statement, its session, the AU's progress in the registration and the AU's masteryScore, it names the first
 * broken rule, or nothing.
 */
public final class Cmi5StatementRules {
    private Cmi5StatementRules() {
    }

    public static boolean isCmi5Defined(JsonObject statement) {
        return hasCategory(statement, CATEGORY_CMI5);
    }

    public static Optional<String> check(JsonObject statement, AuSession session, Progress au, BigDecimal mastery,
                                         Instant now, Duration grace) {
        String verb = statement.getJsonObject("verb").getString("id");
        if (session.abandonedAt() != null) {
            return broken("§9.3.6", "the session was abandoned; no statements are recorded for it any more");
        }
        if (session.terminatedAt() != null && now.isAfter(session.terminatedAt().plus(grace))) {
            return broken("§9.3.8", "the session has terminated");
        }
        if (VOIDED.equals(verb)) {
            return broken("§6.3", "an AU may not void statements");
        }
        if (!session.registrationId().toString().equalsIgnoreCase(registration(statement))) {
            return broken("§9.6.1", "context.registration must be the registration of the launch");
        }
        boolean initialized = session.initializedAt() != null || session.sessionVerbs().contains("initialized");
        if (!initialized && !(INITIALIZED.equals(verb) && isCmi5Defined(statement))) {
            return broken("§9.3", "the first statement of a session must be initialized");
        }
        if (session.sessionVerbs().contains("terminated")) {
            return broken("§9.3", "terminated must be the last statement of a session");
        }
        return isCmi5Defined(statement) ? definedRules(statement, verb, session, au, mastery) : Optional.empty();
    }

    private static Optional<String> definedRules(JsonObject statement, String verb, AuSession session, Progress au,
                                                 BigDecimal mastery) {
        String shortVerb = AU_VERBS.get(verb);
        if (shortVerb == null) {
            return broken("§9.3", "an AU may not send " + verb + " as a cmi5 defined statement");
        }
        if (!(statement.get("object") instanceof JsonObject object) || !session.activityId().equals(object.getString("id", null))) {
            return broken("§9.4", "the object must be the AU's activityId from the launch URL");
        }
        if (session.sessionVerbs().contains(shortVerb)) {
            return broken("§9.3", shortVerb + " was already sent in this session");
        }
        boolean judged = shortVerb.equals("passed") || shortVerb.equals("failed");
        if (judged && (session.sessionVerbs().contains("passed") || session.sessionVerbs().contains("failed"))) {
            return broken("§9.3", "only one of passed and failed may be sent in a session");
        }
        if (!"Normal".equals(session.launchMode()) && !shortVerb.equals("initialized")
                && !shortVerb.equals("terminated")) {
            return broken("§10.2.2", "in " + session.launchMode() + " mode an AU sends only initialized and terminated");
        }
        if (shortVerb.equals("completed") && au.completedAt() != null) {
            return broken("§9.3", "completed was already sent in this registration");
        }
        if (judged && au.passedAt() != null) {
            return broken("§9.3", shortVerb + " may not follow passed in a registration");
        }
        return resultRules(statement, shortVerb, mastery);
    }

    private static Optional<String> resultRules(JsonObject statement, String verb, BigDecimal mastery) {
        JsonObject result = statement.get("result") instanceof JsonObject r ? r : JsonValue.EMPTY_JSON_OBJECT;
        boolean success = result.containsKey("success");
        boolean completion = result.containsKey("completion");
        if (success != (verb.equals("passed") || verb.equals("failed"))) {
            return broken("§9.5.2", "result.success belongs in passed and failed statements only");
        }
        if (success && result.getBoolean("success") != verb.equals("passed")) {
            return broken("§9.5.2", "result.success must be true for passed and false for failed");
        }
        if (completion != verb.equals("completed") || completion && !result.getBoolean("completion")) {
            return broken("§9.5.3", "result.completion must be true in completed statements and absent elsewhere");
        }
        if (result.containsKey("score") && !(verb.equals("passed") || verb.equals("failed"))) {
            return broken("§9.5.1", "only passed and failed statements may carry a score");
        }
        if (java.util.List.of("completed", "passed", "failed", "terminated").contains(verb)
                && !result.containsKey("duration")) {
            return broken("§9.5.4", verb + " statements must include result.duration");
        }
        if ((success || completion) != hasCategory(statement, CATEGORY_MOVEON)) {
            return broken("§9.6.2.2", "the moveOn category belongs exactly in statements with success or completion");
        }
        BigDecimal scaled = Cmi5Tracker.scaled(statement);
        if (mastery != null && scaled != null && verb.equals("passed") && scaled.compareTo(mastery) < 0) {
            return broken("§9.3.4", "a passed score must be at least the masteryScore " + mastery);
        }
        if (mastery != null && scaled != null && verb.equals("failed") && scaled.compareTo(mastery) >= 0) {
            return broken("§9.3.5", "a failed score must be below the masteryScore " + mastery);
        }
        return Optional.empty();
    }

    static boolean hasCategory(JsonObject statement, String id) {
        if (!(statement.get("context") instanceof JsonObject context)
                || !(context.get("contextActivities") instanceof JsonObject activities)) {
            return false;
        }
        // xAPI 1.0.3 Part 2 §2.4.6.2: a context activities value is an array, or a single object in older statements.
        JsonValue category = activities.get("category");
        if (category instanceof JsonObject single) {
            return id.equals(single.getString("id", null));
        }
        return category instanceof JsonArray list
                && list.stream().anyMatch(v -> v instanceof JsonObject o && id.equals(o.getString("id", null)));
    }

    private static String registration(JsonObject statement) {
        return statement.get("context") instanceof JsonObject c ? c.getString("registration", "") : "";
    }

    private static Optional<String> broken(String section, String rule) {
        return Optional.of("cmi5 " + section + ": " + rule);
    }
}
