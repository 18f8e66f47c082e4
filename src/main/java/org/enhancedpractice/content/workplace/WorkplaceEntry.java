package org.enhancedpractice.content.workplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What a learner logs: the activity type (and, when logged from a module, the module and the suggested activity),
 * when it happened, how long it took, whether it was off-the-job training, a description, answers to the type's
 * reflection prompts, the KSBs and pillars claimed, and evidence files.
 */
public record WorkplaceEntry(String type, String moduleKey, String activityId, String title, LocalDate occurredOn,
                             BigDecimal hours, boolean offTheJob, String description, Map<String, String> reflection,
                             List<String> ksbs, List<String> pillars, List<EvidenceFile> files) {
    /** An evidence file the learner attaches (stored as an xAPI attachment, Part 2 §2.4.11). */
    public record EvidenceFile(String fileName, String contentType, byte[] content) {
    }

    public WorkplaceEntry {
        reflection = reflection == null ? Map.of() : Map.copyOf(reflection);
        ksbs = ksbs == null ? List.of() : List.copyOf(ksbs);
        pillars = pillars == null ? List.of() : List.copyOf(pillars);
        files = files == null ? List.of() : List.copyOf(files);
    }

    /** Every free-text field, for the patient-identifier check. */
    public String freeText() {
        return String.join("\n", title == null ? "" : title, description == null ? "" : description,
                String.join("\n", reflection.values()));
    }
}
