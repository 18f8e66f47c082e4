package org.enhancedpractice.lti.launch;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The launch's roles, normalised to full URIs (LTI Core 1.3 Appendix A.2: short context role names are
 * deprecated but still sent), and what they mean for this tool. Unknown roles are kept and ignored.
 */
public record LtiRoles(List<String> uris) {
    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    /** Sub-roles are written {@code .../membership/<Principal>#<Sub>} (LTI Core 1.3 A.2.3.1). */
    static final String SUB_ROLE = "http://purl.imsglobal.org/vocab/lis/v2/membership/";
    private static final Map<String, String> SHORT_NAMES = Map.of(
            "Administrator", MEMBERSHIP + "Administrator",
            "ContentDeveloper", MEMBERSHIP + "ContentDeveloper",
            "Instructor", MEMBERSHIP + "Instructor",
            "Learner", MEMBERSHIP + "Learner",
            "Mentor", MEMBERSHIP + "Mentor",
            "Manager", MEMBERSHIP + "Manager",
            "Member", MEMBERSHIP + "Member",
            "Officer", MEMBERSHIP + "Officer");

    public LtiRoles {
        uris = List.copyOf(uris);
    }

    public static LtiRoles of(List<String> raw) {
        List<String> normalised = new ArrayList<>();
        for (String role : raw) {
            String trimmed = role.trim();
            if (!trimmed.isEmpty()) {
                normalised.add(SHORT_NAMES.getOrDefault(trimmed, trimmed));
            }
        }
        return new LtiRoles(normalised);
    }

    /** The tool's view: tutors (instructors and their delegates) outrank mentors, who outrank learners. */
    public ToolRole toolRole() {
        if (uris.stream().anyMatch(LtiRoles::isTutorRole)) {
            return ToolRole.TUTOR;
        }
        if (uris.stream().anyMatch(r -> hasPrincipal(r, "Mentor"))) {
            return ToolRole.MENTOR;
        }
        if (uris.stream().anyMatch(r -> hasPrincipal(r, "Learner"))) {
            return ToolRole.LEARNER;
        }
        return ToolRole.NONE;
    }

    private static boolean isTutorRole(String uri) {
        return hasPrincipal(uri, "Instructor") || hasPrincipal(uri, "ContentDeveloper")
                || hasPrincipal(uri, "Administrator") || uri.equals(SUB_ROLE + "Learner#Instructor");
    }

    /** The principal role itself, or any of its sub-roles. */
    private static boolean hasPrincipal(String uri, String principal) {
        return uri.equals(MEMBERSHIP + principal) || uri.startsWith(SUB_ROLE + principal + "#");
    }

    /** What a launched user may do in the tool. */
    public enum ToolRole {
        LEARNER("Learner"), TUTOR("Tutor"), MENTOR("Workplace mentor"), NONE("No course role");

        private final String label;

        ToolRole(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
