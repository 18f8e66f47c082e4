package org.enhancedpractice.content.pkg;

/** cmi5 §13.1.4 {@code moveOn}: what an AU needs for the learner to move on. */
public enum MoveOn {
    NotApplicable, Passed, Completed, CompletedAndPassed, CompletedOrPassed;

    public static MoveOn parse(String value) {
        for (MoveOn m : values()) {
            if (m.name().equals(value)) {
                return m;
            }
        }
        return null;
    }

    /** Whether an AU with this criterion is met (waived always meets it: cmi5 §9.3.9). */
    public boolean isMet(boolean completed, boolean passed) {
        return switch (this) {
            case NotApplicable -> true;
            case Passed -> passed;
            case Completed -> completed;
            case CompletedAndPassed -> completed && passed;
            case CompletedOrPassed -> completed || passed;
        };
    }
}
