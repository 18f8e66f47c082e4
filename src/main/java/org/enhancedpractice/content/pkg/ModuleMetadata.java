package org.enhancedpractice.content.pkg;

import java.util.List;

/** The tool's metadata on a course: core or profession module, standard, professions, pillars, workplace activities. */
public record ModuleMetadata(String kind, String standard, String standardVersion, List<String> professions,
                             List<String> pillars, List<WorkplaceActivityDefinition> workplaceActivities) {
    public static final String KIND_CORE = "core";
    public static final String KIND_PROFESSION = "profession";
    /** A stock cmi5 package: no profession, pillar or KSB mapping, shown to everyone. */
    public static final ModuleMetadata NONE = new ModuleMetadata(null, null, null, List.of(), List.of(), List.of());

    public ModuleMetadata {
        professions = List.copyOf(professions);
        pillars = List.copyOf(pillars);
        workplaceActivities = List.copyOf(workplaceActivities);
    }
}
