package org.enhancedpractice.xapi.forward.client;

/** What an LRS's answer means to a sender that retries. */
public enum ResponseKind {
    /** 2xx: stored (or, for a re-sent identical statement, already there). */
    ACCEPTED,
    /** 409: the LRS holds a statement with that id; identical or not is for the caller to find out (Part 3 §2.1.1). */
    CONFLICT,
    /** 408, 429 and 5xx: the LRS could not take it now; the same request may succeed later. */
    RETRY,
    /** Any other status (4xx, and unexpected 1xx/3xx): the same request would be refused again. */
    REJECTED;

    public static ResponseKind of(int status) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        if (status == 409) {
            return CONFLICT;
        }
        if (status == 408 || status == 429 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
