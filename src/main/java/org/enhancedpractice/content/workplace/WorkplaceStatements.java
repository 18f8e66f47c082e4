package org.enhancedpractice.content.workplace;

import static org.enhancedpractice.content.workplace.WorkplaceVocabulary.*;
import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.enhancedpractice.content.pkg.ContentPackage;

/**
 * The statement a logged workplace activity becomes: actor = the learner's LTI account, verb submitted, object = this
 * piece of evidence (typed by activity type), timestamp = the day it happened (noon UTC, so no time zone moves it
 * to another day), result.duration = its hours, and the apprenticeship extensions.
 */
public final class WorkplaceStatements {
    private WorkplaceStatements() {
    }

    /** Attachment metadata (content stored with the statement, matched by sha2). */
    public record AttachmentInfo(String fileName, String contentType, long length, String sha2) {
    }

    public static JsonObject submitted(String baseUrl, JsonObject actor, UUID evidenceId, WorkplaceEntry entry,
                                       ContentPackage module, List<String> flags, List<AttachmentInfo> files) {
        ActivityType type = ActivityType.byId(entry.type()).orElseThrow();
        String title = entry.title() == null || entry.title().isBlank() ? type.title() : entry.title().strip();
        JsonObjectBuilder definition = JSON.createObjectBuilder().add("type", TYPE_BASE + type.id())
                .add("name", JSON.createObjectBuilder().add("en-GB", title))
                .add("description", JSON.createObjectBuilder().add("en-GB", entry.description().strip()));
        JsonObjectBuilder statement = JSON.createObjectBuilder().add("id", UUID.randomUUID().toString())
                .add("actor", actor)
                .add("verb", JSON.createObjectBuilder().add("id", VERB_SUBMITTED)
                        .add("display", JSON.createObjectBuilder().add("en-GB", "submitted")))
                .add("object", JSON.createObjectBuilder().add("objectType", "Activity")
                        .add("id", baseUrl + EVIDENCE_BASE + evidenceId).add("definition", definition))
                .add("result", result(entry, flags, module))
                .add("context", context(entry, module))
                .add("timestamp", entry.occurredOn().atTime(12, 0).atOffset(ZoneOffset.UTC).toInstant().toString());
        if (!files.isEmpty()) {
            JsonArrayBuilder attachments = JSON.createArrayBuilder();
            files.forEach(f -> attachments.add(JSON.createObjectBuilder().add("usageType", ATTACHMENT_EVIDENCE)
                    .add("display", JSON.createObjectBuilder().add("en-GB", f.fileName()))
                    .add("contentType", f.contentType()).add("length", f.length()).add("sha2", f.sha2())));
            statement.add("attachments", attachments);
        }
        return statement.build();
    }

    private static JsonObject result(WorkplaceEntry entry, List<String> flags, ContentPackage module) {
        JsonObjectBuilder reflection = JSON.createObjectBuilder();
        entry.reflection().forEach(reflection::add);
        JsonArrayBuilder ksbs = JSON.createArrayBuilder();
        entry.ksbs().forEach(ksbs::add);
        JsonArrayBuilder pillars = JSON.createArrayBuilder();
        entry.pillars().forEach(pillars::add);
        JsonObjectBuilder extensions = JSON.createObjectBuilder()
                .add(EXT_OFF_THE_JOB, entry.offTheJob()).add(EXT_HOURS, entry.hours())
                .add(EXT_OCCURRED_ON, entry.occurredOn().toString())
                .add(EXT_KSBS, ksbs).add(EXT_PILLARS, pillars).add(EXT_REFLECTION, reflection);
        if (!flags.isEmpty()) {
            JsonArrayBuilder f = JSON.createArrayBuilder();
            flags.forEach(f::add);
            extensions.add(EXT_FLAGS, f);
        }
        if (module != null && module.module().standard() != null) {
            extensions.add(EXT_STANDARD, module.module().standard() + " v" + module.module().standardVersion());
        }
        if (module != null && !module.module().professions().isEmpty()) {
            extensions.add(EXT_PROFESSION, module.module().professions().get(0));
        }
        return JSON.createObjectBuilder().add("duration", duration(entry.hours())).add("extensions", extensions).build();
    }

    private static JsonObject context(WorkplaceEntry entry, ContentPackage module) {
        JsonArrayBuilder grouping = JSON.createArrayBuilder();
        if (module != null) {
            grouping.add(JSON.createObjectBuilder().add("objectType", "Activity").add("id", module.course().id()));
        }
        if (entry.activityId() != null) {
            grouping.add(JSON.createObjectBuilder().add("objectType", "Activity").add("id", entry.activityId()));
        }
        return JSON.createObjectBuilder().add("contextActivities", JSON.createObjectBuilder()
                .add("category", JSON.createArrayBuilder().add(JSON.createObjectBuilder().add("objectType", "Activity")
                        .add("id", CATEGORY_PROFILE)))
                .add("grouping", grouping)).build();
    }

    /** Hours as an ISO 8601 duration in whole minutes (PT1H30M). */
    static String duration(BigDecimal hours) {
        long minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValueExact();
        return "PT" + (minutes / 60 > 0 ? minutes / 60 + "H" : "") + (minutes % 60 > 0 || minutes == 0 ? minutes % 60 + "M" : "");
    }
}
