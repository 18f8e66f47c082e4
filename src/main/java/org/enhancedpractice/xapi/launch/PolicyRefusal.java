package org.enhancedpractice.xapi.launch;

import org.enhancedpractice.xapi.LrsProblem;

/** A {@link StatementRefused} as the LRS answers it: 400 (or 403) naming the statement id and the policy's rule. */
public class PolicyRefusal extends LrsProblem {
    private final String rule;

    public PolicyRefusal(String statementId, StatementRefused refused) {
        super(refused.forbidden() ? 403 : 400, STATEMENT_REFUSED,
                "Statement " + statementId + " refused by rule " + refused.rule() + ": " + refused.getMessage());
        this.rule = refused.rule();
    }

    public String rule() {
        return rule;
    }
}
