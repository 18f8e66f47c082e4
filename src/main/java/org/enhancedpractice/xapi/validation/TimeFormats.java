package org.enhancedpractice.xapi.validation;

import jakarta.json.JsonValue;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.util.regex.Pattern;
import org.enhancedpractice.xapi.XapiVersion;

/** ISO 8601 timestamps and durations as xAPI 1.0.3 Part 2 §2.4.7 and §4.6 (Result duration) use them. */
public final class TimeFormats {
    private static final Pattern TIMESTAMP = Pattern.compile(
            "^(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)(Z|[+-]\\d{2}(?::?\\d{2})?)?$");
    private static final String NUMBER = "\\d+(?:[.,]\\d+)?";
    /** ISO 8601 §4.4.3.2: PnYnMnDTnHnMnS, or PnW on its own (weeks never combine with other units). */
    private static final Pattern DURATION = Pattern.compile("^P(?:(?!$)(?:" + NUMBER + "Y)?(?:" + NUMBER + "M)?(?:"
            + NUMBER + "D)?(?:T(?=\\d)(?:" + NUMBER + "H)?(?:" + NUMBER + "M)?(?:" + NUMBER + "S)?)?|" + NUMBER + "W)$");

    private TimeFormats() {
    }

    /** True for an ISO 8601 date-time; the offset "-00:00" is refused (Part 2 §2.4.7: unknown offset). */
    public static boolean isTimestamp(String text) {
        var matcher = TIMESTAMP.matcher(text);
        if (!matcher.matches()) {
            return false;
        }
        String offset = matcher.group(2);
        if (offset != null && offset.startsWith("-") && offset.replaceAll("[-:0]", "").isEmpty()) {
            return false;
        }
        try {
            LocalDateTime.parse(matcher.group(1).length() == 16 ? matcher.group(1) + ":00" : matcher.group(1));
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The instant of a valid timestamp; one without an offset is read as UTC. */
    public static java.time.Instant toInstant(String timestamp) {
        var matcher = TIMESTAMP.matcher(timestamp);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not an ISO 8601 timestamp: " + timestamp);
        }
        String local = matcher.group(1).length() == 16 ? matcher.group(1) + ":00" : matcher.group(1);
        String offset = matcher.group(2) == null ? "Z" : matcher.group(2).replace(":", "");
        if (offset.length() == 3) {
            offset = offset + "00";
        }
        if (!offset.equals("Z")) {
            offset = offset.substring(0, 3) + ":" + offset.substring(3);
        }
        return java.time.OffsetDateTime.parse(local + offset).toInstant();
    }

    public static boolean isDuration(String text) {
        return DURATION.matcher(text).matches();
    }

    /** True when a timestamp names its offset ("Z" or ±hh[:mm]); IEEE 9274.1.1 (xAPI 2.0) requires one. */
    public static boolean hasZone(String timestamp) {
        var matcher = TIMESTAMP.matcher(timestamp);
        return matcher.matches() && matcher.group(2) != null;
    }

    static void timestamp(JsonValue value, String path, XapiVersion version) {
        String text = JsonShapes.string(value, path);
        if (!isTimestamp(text)) {
            throw new InvalidStatement(path, Rule.TIMESTAMP, "must be an ISO 8601 timestamp");
        }
        if (version.isTwoPointZero() && !hasZone(text)) {
            throw new InvalidStatement(path, Rule.TIMESTAMP_ZONE, "must carry a time zone offset in xAPI 2.0");
        }
    }

    static void duration(JsonValue value, String path) {
        if (!isDuration(JsonShapes.string(value, path))) {
            throw new InvalidStatement(path, Rule.DURATION, "must be an ISO 8601 duration");
        }
    }
}
