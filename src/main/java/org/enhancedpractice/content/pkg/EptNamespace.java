package org.enhancedpractice.content.pkg;

import java.util.List;

/** Names of the cmi5 course structure (cmi5 §13.1) and of the tool's extension namespace. */
public final class EptNamespace {
    public static final String CMI5 = "https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd";
    public static final String URI = "https://enhancedpractice.org/xsd/content-package/1";
    public static final String COURSE_STRUCTURE_FILE = "cmi5.xml";
    public static final List<String> PILLARS = List.of("clinical-practice", "leadership-management", "education",
            "research");
    public static final List<String> ACTIVITY_TYPES = List.of("supervised-clinical-practice", "reflective-account",
            "case-based-discussion", "workshop-study-day", "teaching-supervising", "journal-club-research",
            "qi-milestone");
    /** The ten professions the shipped modules cover; a university may add others with ids of the same shape. */
    public static final List<String> PROFESSIONS = List.of("occupational-therapy", "operating-department-practice",
            "osteopathy", "paramedic-practice", "physiotherapy", "podiatry", "prosthetics-orthotics",
            "diagnostic-radiography", "therapeutic-radiography", "dietetics");

    private EptNamespace() {
    }
}
