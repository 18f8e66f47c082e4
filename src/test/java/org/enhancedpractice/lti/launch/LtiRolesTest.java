package org.enhancedpractice.lti.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.enhancedpractice.lti.launch.LtiRoles.ToolRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LTI Core 1.3 §5.3.7 and Appendix A.2 (role vocabularies), and what each role means for this tool. */
class LtiRolesTest {
    private static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    private static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    private static final String LEARNER = MEMBERSHIP + "Learner";
    private static final String MENTOR = MEMBERSHIP + "Mentor";
    /** A sub-role: LTI Core 1.3 Appendix A.2.3.1 puts the principal role in the path, the sub-role after '#'. */
    private static final String TEACHING_ASSISTANT =
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant";
    private static final String INSTITUTION_STUDENT = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Student";
    private static final String INSTITUTION_FACULTY = "http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty";
    private static final String SYSTEM_ADMINISTRATOR = "http://purl.imsglobal.org/vocab/lis/v2/system/person#Administrator";

    private static ToolRole toolRole(String... roles) {
        return LtiRoles.of(List.of(roles)).toolRole();
    }

    @ParameterizedTest
    @CsvSource({
            "Administrator, http://purl.imsglobal.org/vocab/lis/v2/membership#Administrator",
            "ContentDeveloper, http://purl.imsglobal.org/vocab/lis/v2/membership#ContentDeveloper",
            "Instructor, http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor",
            "Learner, http://purl.imsglobal.org/vocab/lis/v2/membership#Learner",
            "Mentor, http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor",
            "Manager, http://purl.imsglobal.org/vocab/lis/v2/membership#Manager",
            "Member, http://purl.imsglobal.org/vocab/lis/v2/membership#Member",
            "Officer, http://purl.imsglobal.org/vocab/lis/v2/membership#Officer"})
    void expandsDeprecatedShortContextRoleNames(String shortName, String uri) {
        assertEquals(List.of(uri), LtiRoles.of(List.of(shortName)).uris());
    }

    @Test
    void keepsFullAndUnknownRolesAsSentInOrder() {
        List<String> sent = List.of(INSTITUTION_STUDENT, "urn:example:role:Custodian", LEARNER);
        assertEquals(sent, LtiRoles.of(sent).uris());
    }

    @Test
    void trimsRolesAndDropsBlankOnes() {
        assertEquals(List.of(INSTRUCTOR, LEARNER), LtiRoles.of(List.of(" Instructor ", "", "   ", LEARNER)).uris());
    }

    @Test
    void doesNotExpandShortNamesThatAreNotContextRoles() {
        assertEquals(List.of("Student"), LtiRoles.of(List.of("Student")).uris());
        assertEquals(ToolRole.NONE, toolRole("Student"));
    }

    @Test
    void isNotChangedByLaterChangesToTheInputList() {
        List<String> sent = new ArrayList<>(List.of(LEARNER));
        LtiRoles roles = new LtiRoles(sent);
        sent.add(INSTRUCTOR);
        assertEquals(List.of(LEARNER), roles.uris());
        assertThrows(UnsupportedOperationException.class, () -> roles.uris().add(INSTRUCTOR));
    }

    @Test
    void mapsInstructorToTutor() {
        assertEquals(ToolRole.TUTOR, toolRole(INSTRUCTOR));
    }

    @Test
    void mapsShortInstructorToTutor() {
        assertEquals(ToolRole.TUTOR, toolRole("Instructor"));
    }

    @Test
    void mapsContentDeveloperAndCourseAdministratorToTutor() {
        assertEquals(ToolRole.TUTOR, toolRole(MEMBERSHIP + "ContentDeveloper"));
        assertEquals(ToolRole.TUTOR, toolRole(MEMBERSHIP + "Administrator"));
    }

    @Test
    void mapsTeachingAssistantSentWithItsPrincipalRoleToTutor() {
        assertEquals(ToolRole.TUTOR, toolRole(TEACHING_ASSISTANT, INSTRUCTOR));
    }

    /**
     * Core 1.3 A.2.3.1 only recommends sending the principal role with a sub-role, so a teaching assistant may
     * arrive with the sub-role alone. Tutors are "instructors and their delegates" (LtiRoles), so this is a tutor.
     */
    @ParameterizedTest
    @CsvSource({
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#TeachingAssistant, TUTOR",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Instructor#Grader, TUTOR",
            "http://purl.imsglobal.org/vocab/lis/v2/membership/Mentor#Advisor, MENTOR"})
    void mapsSubRoleSentWithoutItsPrincipalRoleByThePrincipalRole(String subRole, ToolRole expected) {
        assertEquals(expected, toolRole(subRole));
    }

    @Test
    void mapsMentorToMentor() {
        assertEquals(ToolRole.MENTOR, toolRole(MENTOR));
    }

    @Test
    void mapsLearnerToLearner() {
        assertEquals(ToolRole.LEARNER, toolRole(LEARNER));
    }

    @Test
    void ranksTutorAboveMentorAboveLearner() {
        assertEquals(ToolRole.TUTOR, toolRole(LEARNER, MENTOR, INSTRUCTOR));
        assertEquals(ToolRole.MENTOR, toolRole(LEARNER, MENTOR));
    }

    @Test
    void mapsInstitutionRolesAloneToNone() {
        assertEquals(ToolRole.NONE, toolRole(INSTITUTION_STUDENT));
        assertEquals(ToolRole.NONE, toolRole(INSTITUTION_FACULTY));
        assertEquals(ToolRole.NONE, toolRole(SYSTEM_ADMINISTRATOR));
    }

    @Test
    void usesTheContextRoleWhenInstitutionRolesComeToo() {
        assertEquals(ToolRole.LEARNER, toolRole(INSTITUTION_FACULTY, LEARNER));
    }

    @Test
    void mapsOtherContextRolesToNone() {
        assertEquals(ToolRole.NONE, toolRole(MEMBERSHIP + "Member", MEMBERSHIP + "Manager", MEMBERSHIP + "Officer"));
    }

    @Test
    void mapsUnknownRolesToNone() {
        assertEquals(ToolRole.NONE, toolRole("http://example.ac.uk/roles#Custodian"));
    }

    @Test
    void mapsNoRolesToNone() {
        assertEquals(ToolRole.NONE, LtiRoles.of(List.of()).toolRole());
    }

    @Test
    void labelsToolRolesForPeople() {
        assertEquals("Tutor", ToolRole.TUTOR.label());
        assertEquals("Workplace mentor", ToolRole.MENTOR.label());
        assertEquals("Learner", ToolRole.LEARNER.label());
        assertEquals("No course role", ToolRole.NONE.label());
    }
}
