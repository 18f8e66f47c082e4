package org.enhancedpractice.content.pkg;

import java.math.BigDecimal;
import java.util.List;

/** A workplace activity a module suggests: the learner logs it with the actual date, hours and off-the-job flag. */
public record WorkplaceActivityDefinition(String id, String type, BigDecimal suggestedHours, boolean offTheJob,
                                          LanguageMap title, LanguageMap guidance, List<String> pillars,
                                          List<String> ksbs) {
    public WorkplaceActivityDefinition {
        pillars = List.copyOf(pillars);
        ksbs = List.copyOf(ksbs);
    }
}
