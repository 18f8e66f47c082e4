package org.enhancedpractice.xapi.forward.client;

/** What an LRS's answer to a statement write (PUT or POST) means to a sender that retries. */
public enum ResponseKind {
    /** 2xx: stored (or, for a re-sent identical statement, already there). */
    ACCEPTED,
    /** 409: the LRS holds a statement with that id; identical or not is for the caller to find out (Part 3 §2.1.1). */
    CONFLICT,
    /**
     * 408, 429 and 5xx: the LRS could not take it now; the same request may succeed later. Also 404 to a statement
     * write: xAPI defines no 404 for PUT or POST of statements (Part 3 §2.1.1–2.1.2), so it says the resource is not
     * being served (an LRS still deploying, a proxy in front of one that is down), not that the statement is wrong.
     */
    RETRY,
    /** Any other status (other 4xx, and unexpected 1xx/3xx): the same request would be refused again. */
    REJECTED;

    public static ResponseKind of(int status) {
        if (status >= 200 && status < 300) {
            return ACCEPTED;
        }
        if (status == 409) {
            return CONFLICT;
        }
        if (status == 404 || status == 408 || status == 429 || status >= 500) {
            return RETRY;
        }
        return REJECTED;
    }
}
