package org.enhancedpractice.xapi.validation;

/** Stable codes of the statement rules; tests and problem bodies use {@link #code()}. */
public enum Rule {
    UNKNOWN_PROPERTY, REQUIRED, NOT_AN_OBJECT, NOT_AN_ARRAY, NOT_A_STRING, NOT_A_NUMBER, NOT_A_BOOLEAN, NOT_AN_INTEGER,
    NOT_AN_IRI, NOT_A_UUID, LANGUAGE_TAG, IFI_COUNT, MBOX_MAILTO, SHA1_HEX, OBJECT_TYPE, GROUP_MEMBER,
    ANONYMOUS_GROUP_MEMBERS, SCORE_SCALED_RANGE, SCORE_RAW_RANGE, SCORE_MIN_MAX, DURATION, TIMESTAMP, VERSION,
    INTERACTION_TYPE, INTERACTION_COMPONENT, DUPLICATE_COMPONENT_ID, SUBSTATEMENT_PROPERTY, NESTED_SUBSTATEMENT,
    CONTEXT_ACTIVITY_ONLY, TEAM_GROUP, VOIDING_OBJECT, NOT_NEGATIVE,
    /** Part 2 §2.4.9: a Group authority is exactly two Agents (OAuth consumer and user). */
    AUTHORITY_GROUP,
    /** IEEE 9274.1.1 (xAPI 2.0): timestamps carry a time zone offset. */
    TIMESTAMP_ZONE;

    /** Kebab-case form, e.g. {@code ifi-count}. */
    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
