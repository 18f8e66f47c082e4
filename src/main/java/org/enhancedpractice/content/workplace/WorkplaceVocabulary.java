package org.enhancedpractice.content.workplace;

/**
 * IRIs of the tool's workplace-evidence statements. The verb is activitystrea.ms "submit" (the learner submits
 * evidence for review); everything the apprenticeship needs that xAPI lacks is an extension under the tool's own IRI
 * space (the issue on evidence publishes them as an xAPI Profile).
 */
public final class WorkplaceVocabulary {
    public static final String VERB_SUBMITTED = "http://activitystrea.ms/schema/1.0/submit";
    public static final String TYPE_BASE = "https://enhancedpractice.org/xapi/activity-types/workplace/";
    public static final String EVIDENCE_BASE = "/evidence/";
    private static final String EXT = "https://enhancedpractice.org/xapi/extensions/";
    public static final String EXT_OFF_THE_JOB = EXT + "off-the-job";
    public static final String EXT_HOURS = EXT + "hours";
    public static final String EXT_KSBS = EXT + "ksbs";
    public static final String EXT_PILLARS = EXT + "pillars";
    public static final String EXT_PROFESSION = EXT + "profession";
    public static final String EXT_STANDARD = EXT + "standard";
    public static final String EXT_REFLECTION = EXT + "reflection";
    public static final String EXT_FLAGS = EXT + "flags";
    public static final String EXT_OCCURRED_ON = EXT + "occurred-on";
    public static final String CATEGORY_PROFILE = "https://enhancedpractice.org/xapi/profile";
    public static final String ATTACHMENT_EVIDENCE = "https://enhancedpractice.org/xapi/attachments/evidence";

    private WorkplaceVocabulary() {
    }
}
