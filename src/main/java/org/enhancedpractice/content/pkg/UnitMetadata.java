package org.enhancedpractice.content.pkg;

import java.util.List;

/**
 * The tool's metadata on an AU: lesson or knowledge check, planned minutes, whether it counts as off-the-job training,
 * pillars and KSBs evidenced, and what goes to the VLE gradebook ({@code score}, {@code completion} or nothing).
 */
public record UnitMetadata(String kind, Integer estimatedMinutes, boolean offTheJob, List<String> pillars,
                           List<String> ksbs, String gradeSend) {
    public static final String KIND_LESSON = "lesson";
    public static final String KIND_KNOWLEDGE_CHECK = "knowledge-check";
    public static final UnitMetadata NONE = new UnitMetadata(KIND_LESSON, null, true, List.of(), List.of(), null);

    public UnitMetadata {
        pillars = List.copyOf(pillars);
        ksbs = List.copyOf(ksbs);
    }
}
