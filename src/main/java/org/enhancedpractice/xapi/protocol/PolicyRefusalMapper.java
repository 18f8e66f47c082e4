package org.enhancedpractice.xapi.protocol;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.enhancedpractice.xapi.launch.PolicyRefusal;

/** Renders a statement a {@code StatementPolicy} refused with the rule it names (more specific than ProblemMapper). */
@Provider
public class PolicyRefusalMapper implements ExceptionMapper<PolicyRefusal> {
    private static final Logger LOG = Logger.getLogger(PolicyRefusalMapper.class.getName());

    @Override
    public Response toResponse(PolicyRefusal refusal) {
        LOG.fine(() -> "Policy refused a statement: " + refusal.detail());
        return LrsResponses.problem(refusal);
    }
}
