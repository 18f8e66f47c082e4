package org.enhancedpractice.content.workplace;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks for likely patient identifiers in free text, so the learner can remove them before the entry becomes
 * evidence: NHS numbers (ten digits whose last is the modulus 11 check digit of the first nine, as NHS numbers are
 * built), dates that look like dates of birth, names after a title, hospital or record numbers, postcodes and phone
 * numbers. It warns; it cannot prove text is anonymous.
 */
public final class PatientDataCheck {
    private static final Pattern TEN_DIGITS = Pattern.compile("(?<!\\d)(\\d{3})[ -]?(\\d{3})[ -]?(\\d{4})(?!\\d)");
    private static final Pattern DATE_OF_BIRTH = Pattern.compile(
            "(?i)\\b(d\\.?o\\.?b\\.?|date of birth|born( on)?)\\b[^.\\n]{0,20}?\\d{1,4}[/.-]\\d{1,2}([/.-]\\d{2,4})?"
                    + "|\\b\\d{1,2}[/.-]\\d{1,2}[/.-](19|20)\\d{2}\\b");
    private static final Pattern TITLED_NAME = Pattern.compile(
            "\\b(Mr|Mrs|Ms|Miss|Mx|Master|Dr|Sir|Dame|Lady|Lord|Rev)\\.?\\s+[A-Z][a-z'-]+");
    private static final Pattern RECORD_NUMBER = Pattern.compile(
            "(?i)\\b(hospital|record|mrn|case|patient|rxh|unit)\\s*(no|number|#|id)?\\.?[:\\s]*[A-Z]{0,3}\\d{5,}");
    private static final Pattern POSTCODE = Pattern.compile(
            "\\b[A-Z]{1,2}\\d[A-Z\\d]?\\s*\\d[A-Z]{2}\\b");
    private static final Pattern PHONE = Pattern.compile("(?<!\\d)(\\+44\\s?|0)\\d{2,4}[\\s-]?\\d{3,4}[\\s-]?\\d{3,4}(?!\\d)");

    /** One likely identifier: what kind, and the text found (for the learner to locate it). */
    public record Finding(String kind, String text) {
    }

    private PatientDataCheck() {
    }

    public static List<Finding> check(String text) {
        List<Finding> findings = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return findings;
        }
        Matcher ten = TEN_DIGITS.matcher(text);
        while (ten.find()) {
            if (isNhsNumber(ten.group(1) + ten.group(2) + ten.group(3))) {
                findings.add(new Finding("NHS number", ten.group()));
            }
        }
        add(findings, "date of birth", DATE_OF_BIRTH, text);
        add(findings, "name after a title", TITLED_NAME, text);
        add(findings, "hospital or record number", RECORD_NUMBER, text);
        add(findings, "postcode", POSTCODE, text);
        add(findings, "phone number", PHONE, text);
        return findings;
    }

    /** NHS number check digit: weights 10..2 over the first nine digits, 11 minus the remainder mod 11. */
    static boolean isNhsNumber(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    private static void add(List<Finding> findings, String kind, Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            findings.add(new Finding(kind, m.group().strip()));
        }
    }
}
