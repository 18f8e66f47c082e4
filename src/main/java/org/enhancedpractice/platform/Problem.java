package org.enhancedpractice.platform;

import java.util.Objects;

/**
 * A failure the caller caused or must hear about, typed where it arises and rendered once at the edge as
 * RFC 9457 problem details (APIs) or a readable page with the same code (people). {@code code} is stable:
 * tests, logs and support conversations use it.
 */
public class Problem extends RuntimeException {
    public static final String TYPE_BASE = "https://enhancedpractice.org/problems/";

    private final int status;
    private final String code;
    private final String title;

    public Problem(int status, String code, String title, String detail) {
        super(detail);
        this.status = status;
        this.code = Objects.requireNonNull(code);
        this.title = Objects.requireNonNull(title);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return getMessage();
    }

    public String type() {
        return TYPE_BASE + code;
    }
}
