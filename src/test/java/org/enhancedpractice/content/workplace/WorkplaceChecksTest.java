package org.enhancedpractice.content.workplace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.content.cmi5.LmsStatements;
import org.enhancedpractice.xapi.validation.StatementValidator;
import org.junit.jupiter.api.Test;

class WorkplaceChecksTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private static WorkplaceEntry entry(LocalDate on, String hours, String description, List<String> ksbs) {
        return new WorkplaceEntry("reflective-account", null, null, "Reflection on a handover", on,
                hours == null ? null : new BigDecimal(hours), true, description,
                Map.of("What happened?", "A difficult handover."), ksbs, List.of("clinical-practice"), List.of());
    }

    private static EntryChecks.Outcome check(WorkplaceEntry e) {
        return EntryChecks.check(e, TODAY, Set.of("K1", "S2"));
    }

    @Test
    void acceptsARecentDescribedEntry() {
        EntryChecks.Outcome o = check(entry(TODAY.minusDays(2), "1.5", "Handover reflection", List.of("K1")));
        assertEquals(List.of(), o.refusals());
        assertEquals(List.of(), o.flags());
    }

    @Test
    void refusesFutureDates() {
        assertTrue(check(entry(TODAY.plusDays(1), "1", "x", List.of())).refusals().get(0).contains("in the future"));
    }

    @Test
    void flagsLateEntriesAndRefusesVeryOldOnes() {
        assertTrue(check(entry(TODAY.minusDays(40), "1", "x", List.of())).flags().get(0).contains("40 days after"));
        assertTrue(check(entry(TODAY.minusDays(400), "1", "x", List.of())).refusals().get(0).contains("more than a year"));
    }

    @Test
    void refusesMissingOrExcessiveHours() {
        assertTrue(check(entry(TODAY, null, "x", List.of())).refused());
        assertTrue(check(entry(TODAY, "0", "x", List.of())).refused());
        assertTrue(check(entry(TODAY, "14", "x", List.of())).refusals().get(0).contains("at most 13"));
    }

    @Test
    void refusesUnknownKsbsAndEmptyDescriptions() {
        EntryChecks.Outcome o = check(entry(TODAY, "1", " ", List.of("K99")));
        assertTrue(o.refusals().contains("describe what you did"));
        assertTrue(o.refusals().stream().anyMatch(r -> r.contains("KSB K99")));
    }

    @Test
    void findsNhsNumbersByTheirCheckDigitOnly() {
        assertEquals("NHS number", PatientDataCheck.check("Patient 943 476 5919 was seen").get(0).kind());
        assertTrue(PatientDataCheck.check("Order 943 476 5918 arrived").isEmpty(), "wrong check digit: not an NHS number");
    }

    @Test
    void findsDatesOfBirthTitledNamesAndPostcodes() {
        List<String> kinds = PatientDataCheck.check("Mrs Patel, DOB 12/03/1948, lives near M5 4WT")
                .stream().map(PatientDataCheck.Finding::kind).toList();
        assertTrue(kinds.containsAll(List.of("name after a title", "date of birth", "postcode")), kinds.toString());
    }

    @Test
    void leavesOrdinaryClinicalTextAlone() {
        assertEquals(List.of(), PatientDataCheck.check("An older man with COPD became breathless on the ward; "
                + "I escalated using NEWS2 and discussed it with the consultant."));
    }

    @Test
    void theEvidenceStatementIsValidXapiWithTheApprenticeshipExtensions() {
        JsonObject s = WorkplaceStatements.submitted("https://tool.example",
                LmsStatements.actor("https://platform.example", "learner-1"), UUID.randomUUID(),
                entry(TODAY.minusDays(1), "1.75", "Handover reflection", List.of("K1")), null,
                List.of("late"), List.of(new WorkplaceStatements.AttachmentInfo("notes.pdf", "application/pdf", 10,
                        "a".repeat(64))));
        StatementValidator.validate(s);
        assertEquals("2026-11-24T12:00:00Z", s.getString("timestamp"));
        assertEquals("PT1H45M", s.getJsonObject("result").getString("duration"));
        JsonObject ext = s.getJsonObject("result").getJsonObject("extensions");
        assertTrue(ext.getBoolean(WorkplaceVocabulary.EXT_OFF_THE_JOB));
        assertEquals(new BigDecimal("1.75"), ext.getJsonNumber(WorkplaceVocabulary.EXT_HOURS).bigDecimalValue());
        assertEquals("K1", ext.getJsonArray(WorkplaceVocabulary.EXT_KSBS).getString(0));
        assertFalse(s.getJsonArray("attachments").isEmpty());
    }

    @Test
    void durationsAreWholeMinutes() {
        assertEquals("PT30M", WorkplaceStatements.duration(new BigDecimal("0.5")));
        assertEquals("PT2H", WorkplaceStatements.duration(new BigDecimal("2")));
    }
}
