package org.enhancedpractice.content.standard;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The off-the-job minimum for apprentices who start in a date range: hours per week (pro rata below the full-time
 * weekly hours) for the 2022–2025 regime, or a total minimum of hours for starts from 1 August 2025 ({@code null} when
 * the published figure is not known to the tool and must be configured).
 */
public record OffTheJobRule(LocalDate startsOnOrAfter, LocalDate startsBefore, BigDecimal hoursPerWeek,
                            BigDecimal fullTimeWeeklyHours, BigDecimal minimumHours) {
    public boolean covers(LocalDate start) {
        return !start.isBefore(startsOnOrAfter) && (startsBefore == null || start.isBefore(startsBefore));
    }
}
