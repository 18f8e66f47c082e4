package org.enhancedpractice.xapi.document;

/** The three document resources of xAPI 1.0.3 Part 3 §2.2. */
public enum DocumentKind {
    /** §2.3: per Activity, Agent and optional registration. PUT needs no precondition header (§3.1). */
    STATE(false),
    /** §2.7: per Activity. */
    ACTIVITY_PROFILE(true),
    /** §2.6: per Agent. */
    AGENT_PROFILE(true);

    private final boolean putNeedsPrecondition;

    DocumentKind(boolean putNeedsPrecondition) {
        this.putNeedsPrecondition = putNeedsPrecondition;
    }

    /** §3.1: a PUT over an existing document without If-Match or If-None-Match is a 409 for the profiles only. */
    public boolean putNeedsPrecondition() {
        return putNeedsPrecondition;
    }
}
