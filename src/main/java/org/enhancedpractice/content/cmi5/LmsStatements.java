package org.enhancedpractice.content.cmi5;

import static org.enhancedpractice.content.cmi5.Cmi5Vocabulary.*;
import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.enhancedpractice.content.pkg.AssignableUnit;

/** The statements the LMS itself writes (cmi5 §9.3.1, 9.3.6, 9.3.7, 9.3.9) and the LMS.LaunchData document (§10). */
public final class LmsStatements {
    private LmsStatements() {
    }

    public static JsonObject actor(String homePage, String name) {
        return JSON.createObjectBuilder().add("objectType", "Agent")
                .add("account", JSON.createObjectBuilder().add("homePage", homePage).add("name", name)).build();
    }

    /** The contextTemplate of §10.2.1: session id extension and the AU's publisher id in grouping. */
    public static JsonObject contextTemplate(UUID sessionId, String publisherId) {
        return JSON.createObjectBuilder()
                .add("contextActivities", JSON.createObjectBuilder().add("grouping", JSON.createArrayBuilder()
                        .add(JSON.createObjectBuilder().add("objectType", "Activity").add("id", publisherId))))
                .add("extensions", JSON.createObjectBuilder().add(EXT_SESSION, sessionId.toString()))
                .build();
    }

    public static JsonObject launchData(UUID sessionId, AssignableUnit au, String launchMode, String returnUrl) {
        JsonObjectBuilder data = JSON.createObjectBuilder()
                .add("contextTemplate", contextTemplate(sessionId, au.id()))
                .add("launchMode", launchMode)
                .add("moveOn", au.moveOn().name());
        if (au.masteryScore() != null) {
            data.add("masteryScore", au.masteryScore());
        }
        if (au.launchParameters() != null && !au.launchParameters().isEmpty()) {
            data.add("launchParameters", au.launchParameters());
        }
        if (returnUrl != null) {
            data.add("returnURL", returnUrl);
        }
        if (au.entitlementKey() != null && !au.entitlementKey().isEmpty()) {
            data.add("entitlementKey", JSON.createObjectBuilder().add("courseStructure", au.entitlementKey()));
        }
        return data.build();
    }

    public static JsonObject launched(JsonObject actor, UUID registration, UUID sessionId, String activityId,
                                      AssignableUnit au, String launchMode, String launchUrl) {
        JsonObjectBuilder extensions = JSON.createObjectBuilder().add(EXT_SESSION, sessionId.toString())
                .add(EXT_LAUNCH_MODE, launchMode).add(EXT_LAUNCH_URL, launchUrl).add(EXT_MOVE_ON, au.moveOn().name());
        if (au.masteryScore() != null) {
            extensions.add(EXT_MASTERY, au.masteryScore());
        }
        if (au.launchParameters() != null && !au.launchParameters().isEmpty()) {
            extensions.add(EXT_LAUNCH_PARAMETERS, au.launchParameters());
        }
        return statement(actor, LAUNCHED, "launched", activity(activityId, null),
                context(registration, au.id(), false, extensions), null);
    }

    public static JsonObject abandoned(JsonObject actor, UUID registration, AuSession session, Duration length) {
        return statement(actor, ABANDONED, "abandoned", activity(session.activityId(), null),
                context(registration, session.auId(), false, sessionExtension(session.id())),
                JSON.createObjectBuilder().add("duration", iso(length)).build());
    }

    public static JsonObject waived(JsonObject actor, UUID registration, UUID sessionId, String activityId,
                                    String publisherId, String reason) {
        JsonObject result = JSON.createObjectBuilder().add("success", true).add("completion", true)
                .add("extensions", JSON.createObjectBuilder().add(EXT_REASON, reason)).build();
        return statement(actor, WAIVED, "waived", activity(activityId, null),
                context(registration, publisherId, true, sessionExtension(sessionId)), result);
    }

    /** Satisfied for a block or the course: the LMS's generated object id, the publisher id in grouping (§9.3.9). */
    public static JsonObject satisfied(JsonObject actor, UUID registration, UUID sessionId, String objectId,
                                       String publisherId, String type) {
        return statement(actor, SATISFIED, "satisfied", activity(objectId, type),
                context(registration, publisherId, false, sessionExtension(sessionId)), null);
    }

    static String iso(Duration d) {
        BigDecimal seconds = BigDecimal.valueOf(Math.max(0, d.toMillis())).movePointLeft(3).stripTrailingZeros();
        return "PT" + seconds.toPlainString() + "S";
    }

    private static JsonObjectBuilder sessionExtension(UUID sessionId) {
        return JSON.createObjectBuilder().add(EXT_SESSION, sessionId.toString());
    }

    private static JsonObject activity(String id, String type) {
        JsonObjectBuilder a = JSON.createObjectBuilder().add("objectType", "Activity").add("id", id);
        if (type != null) {
            a.add("definition", JSON.createObjectBuilder().add("type", type));
        }
        return a.build();
    }

    private static JsonObject context(UUID registration, String publisherId, boolean moveOn,
                                      JsonObjectBuilder extensions) {
        var category = JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("objectType", "Activity")
                .add("id", CATEGORY_CMI5));
        if (moveOn) {
            category.add(JSON.createObjectBuilder().add("objectType", "Activity").add("id", CATEGORY_MOVEON));
        }
        return JSON.createObjectBuilder().add("registration", registration.toString())
                .add("contextActivities", JSON.createObjectBuilder().add("category", category)
                        .add("grouping", JSON.createArrayBuilder().add(JSON.createObjectBuilder()
                                .add("objectType", "Activity").add("id", publisherId))))
                .add("extensions", extensions).build();
    }

    private static JsonObject statement(JsonObject actor, String verb, String display, JsonObject object,
                                        JsonObject context, JsonObject result) {
        JsonObjectBuilder s = JSON.createObjectBuilder().add("id", UUID.randomUUID().toString()).add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", verb)
                        .add("display", JSON.createObjectBuilder().add("en-GB", display)))
                .add("object", object).add("context", context)
                .add("timestamp", Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MILLIS).toString());
        if (result != null) {
            s.add("result", result);
        }
        return s.build();
    }
}
