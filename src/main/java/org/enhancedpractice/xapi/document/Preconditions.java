package org.enhancedpractice.xapi.document;

import java.util.Arrays;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * The If-Match and If-None-Match headers of a document write (xAPI 1.0.3 Part 3 §3.1, evaluated as RFC 9110
 * §13.1.1–13.1.2 define): If-Match holds when a document exists and, unless it is {@code *}, one of the listed
 * strong tags is its ETag; If-None-Match holds when no document exists or, unless it is {@code *}, none of the listed
 * tags (weak comparison) is its ETag. A failed precondition is 412 and nothing changes.
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {
    public static final Preconditions NONE = new Preconditions(null, null);

    public boolean present() {
        return ifMatch != null || ifNoneMatch != null;
    }

    /** Throws 412 unless both headers hold for the stored ETag (unquoted; null when there is no document). */
    public void check(String currentEtag) {
        if (ifMatch != null && !matches(ifMatch, currentEtag, true)) {
            throw failed("If-Match: " + ifMatch + (currentEtag == null ? " (no such document)" : ""));
        }
        if (ifNoneMatch != null && matches(ifNoneMatch, currentEtag, false)) {
            throw failed("If-None-Match: " + ifNoneMatch + " (the document exists"
                    + (ifNoneMatch.trim().equals("*") ? ")" : " with that ETag)"));
        }
    }

    private static boolean matches(String header, String currentEtag, boolean strong) {
        if (currentEtag == null) {
            return false;
        }
        if (header.trim().equals("*")) {
            return true;
        }
        return Arrays.stream(header.split(",")).map(String::trim).filter(tag -> !tag.isEmpty())
                .filter(tag -> !(strong && tag.startsWith("W/")))
                .map(Preconditions::opaque).anyMatch(currentEtag::equalsIgnoreCase);
    }

    /** The opaque part of an entity tag; a tag sent without quotes is taken as it is. */
    private static String opaque(String tag) {
        String value = tag.startsWith("W/") ? tag.substring(2) : tag;
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static LrsProblem failed(String detail) {
        return new LrsProblem(412, LrsProblem.PRECONDITION_FAILED, "Precondition failed",
                "The document changed or exists: " + detail + ". Fetch it again and send its current ETag.");
    }
}
