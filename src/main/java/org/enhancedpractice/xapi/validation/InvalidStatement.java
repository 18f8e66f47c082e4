package org.enhancedpractice.xapi.validation;

import org.enhancedpractice.platform.Problem;

/** A statement that breaks a rule of xAPI 1.0.3 Part 2; always 400 (Part 3 §3.2). */
public class InvalidStatement extends Problem {
    public static final String CODE = "xapi-invalid-statement";

    private final String property;
    private final Rule rule;

    public InvalidStatement(String property, Rule rule, String detail) {
        super(400, CODE, "Invalid xAPI statement", property + ": " + detail + " (rule " + rule.code() + ")");
        this.property = property;
        this.rule = rule;
    }

    public String property() {
        return property;
    }

    public Rule rule() {
        return rule;
    }
}
