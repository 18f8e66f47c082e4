package org.enhancedpractice.xapi.protocol;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;
import org.enhancedpractice.xapi.validation.InvalidStatement;

/** Renders statement violations with their property path and rule code (more specific than ProblemMapper). */
@Provider
public class InvalidStatementMapper implements ExceptionMapper<InvalidStatement> {
    private static final Logger LOG = Logger.getLogger(InvalidStatementMapper.class.getName());

    @Override
    public Response toResponse(InvalidStatement problem) {
        LOG.fine(() -> "Rejected statement: " + problem.detail());
        return LrsResponses.problem(problem);
    }
}
