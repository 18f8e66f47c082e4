package org.enhancedpractice.xapi.launch;

import java.util.Objects;

/**
 * A {@link StatementPolicy} vetoes a statement. {@code rule} is a stable code naming the rule (e.g.
 * {@code cmi5-9.3.1-launched-first}); the LRS answers 400, or 403 when {@code forbidden} is true, with a problem
 * body carrying the rule.
 */
public class StatementRefused extends Exception {
    private final String rule;
    private final boolean forbidden;

    public StatementRefused(String rule, String detail, boolean forbidden) {
        super(detail);
        this.rule = Objects.requireNonNull(rule);
        this.forbidden = forbidden;
    }

    public StatementRefused(String rule, String detail) {
        this(rule, detail, false);
    }

    public String rule() {
        return rule;
    }

    public boolean forbidden() {
        return forbidden;
    }
}
