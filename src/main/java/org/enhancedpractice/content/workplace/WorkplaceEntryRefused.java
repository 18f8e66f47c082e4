package org.enhancedpractice.content.workplace;

import java.util.List;
import org.enhancedpractice.platform.Problem;

/** An entry that breaks the rules, or holds likely patient identifiers the learner has not confirmed are not. */
public final class WorkplaceEntryRefused {
    private WorkplaceEntryRefused() {
    }

    static Problem rules(List<String> reasons) {
        return new Problem(400, "workplace_entry_invalid", "The activity cannot be logged yet",
                String.join("; ", reasons) + ".");
    }

    static Problem patientData(List<PatientDataCheck.Finding> findings) {
        StringBuilder detail = new StringBuilder("Your text may identify a patient: ");
        findings.forEach(f -> detail.append(f.kind()).append(" \"").append(f.text()).append("\"; "));
        detail.append("remove it, or confirm it is not patient information and submit again.");
        return new Problem(422, "workplace_entry_patient_data", "Possible patient information", detail.toString());
    }
}
