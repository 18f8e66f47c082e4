package org.enhancedpractice.xapi.protocol;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ProblemMapper;
import org.enhancedpractice.xapi.launch.PolicyRefusal;
import org.enhancedpractice.xapi.validation.InvalidStatement;

/** RFC 9457 bodies for LRS refusals; statement violations also name the property path
 * and the rule, policy refusals the rule. */
final class LrsResponses {
    private LrsResponses() {
    }

    static Response problem(Problem problem) {
        JsonObjectBuilder body = JSON.createObjectBuilder().add("type", problem.type()).add("title", problem.title())
                .add("status", problem.status()).add("detail", problem.detail() == null ? "" : problem.detail())
                .add("code", problem.code());
        if (problem instanceof InvalidStatement invalid) {
            body.add("property", invalid.property()).add("rule", invalid.rule().code());
        }
        if (problem instanceof PolicyRefusal refusal) {
            body.add("rule", refusal.rule());
        }
        return Response.status(problem.status()).type(ProblemMapper.PROBLEM_JSON).entity(body.build().toString()).build();
    }
}
