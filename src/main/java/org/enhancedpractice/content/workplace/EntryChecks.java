package org.enhancedpractice.content.workplace;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.enhancedpractice.content.pkg.EptNamespace;

/**
 * The rules an entry must keep before it becomes evidence (domain README, "Evidence norms"): dated when it happened,
 * never in the future; logged promptly (entries older than {@link #LATE_AFTER_DAYS} days are flagged, older than
 * {@link #REFUSED_AFTER_DAYS} refused, since bulk back-dating is what auditors question); hours positive and no more
 * than a long working day; described; KSBs from the module's standard.
 */
public final class EntryChecks {
    public static final int LATE_AFTER_DAYS = 28;
    public static final int REFUSED_AFTER_DAYS = 365;
    static final BigDecimal MAX_HOURS = BigDecimal.valueOf(13);
    static final int MAX_TEXT = 20_000;

    /** Refusals (the entry is not stored) and flags (stored, shown to the tutor). */
    public record Outcome(List<String> refusals, List<String> flags) {
        public boolean refused() {
            return !refusals.isEmpty();
        }
    }

    private EntryChecks() {
    }

    public static Outcome check(WorkplaceEntry entry, LocalDate today, java.util.Set<String> knownKsbs) {
        List<String> refusals = new ArrayList<>();
        List<String> flags = new ArrayList<>();
        if (ActivityType.byId(entry.type()).isEmpty()) {
            refusals.add("type must be one of " + EptNamespace.ACTIVITY_TYPES);
        }
        if (entry.occurredOn() == null) {
            refusals.add("give the date the activity happened");
        } else if (entry.occurredOn().isAfter(today)) {
            refusals.add("the date " + entry.occurredOn() + " is in the future: log activities once they have happened");
        } else {
            long age = ChronoUnit.DAYS.between(entry.occurredOn(), today);
            if (age > REFUSED_AFTER_DAYS) {
                refusals.add("the date is more than a year ago; ask your tutor to record historic evidence");
            } else if (age > LATE_AFTER_DAYS) {
                flags.add("logged " + age + " days after it happened (evidence is expected at least weekly)");
            }
        }
        if (entry.hours() == null || entry.hours().signum() <= 0) {
            refusals.add("give how many hours it took (more than 0)");
        } else if (entry.hours().compareTo(MAX_HOURS) > 0) {
            refusals.add("one entry can be at most " + MAX_HOURS + " hours; log longer activities day by day");
        }
        if (entry.description() == null || entry.description().isBlank()) {
            refusals.add("describe what you did");
        }
        if (entry.freeText().length() > MAX_TEXT) {
            refusals.add("the text is longer than " + MAX_TEXT + " characters");
        }
        entry.ksbs().stream().filter(k -> !knownKsbs.contains(k)).forEach(k ->
                refusals.add("KSB " + k + " is not part of the standard this module maps to"));
        entry.pillars().stream().filter(p -> !EptNamespace.PILLARS.contains(p)).forEach(p ->
                refusals.add("pillar " + p + " is not one of " + EptNamespace.PILLARS));
        return new Outcome(refusals, flags);
    }
}
