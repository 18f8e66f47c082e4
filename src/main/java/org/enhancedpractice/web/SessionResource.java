package org.enhancedpractice.web;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.xapi.statement.StatementStore;

/** {@code GET <base>/api/session}: the launched user's session, for pages that carry the bearer token. */
@Path("api/session")
@RequestScoped
public class SessionResource {
    @Inject SessionTokens tokens;
    @Inject StatementStore statements;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String session(@HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        SessionClaims session = SessionAuth.require(tokens, authorization);
        JsonArrayBuilder roles = JSON.createArrayBuilder();
        session.ltiRoles().forEach(roles::add);
        JsonObjectBuilder body = JSON.createObjectBuilder()
                .add("subject", session.subject())
                .add("role", session.role())
                .add("ltiRoles", roles)
                .add("deploymentId", session.deploymentId())
                .add("expiresAt", session.expiresAt().toString());
        if (session.resourceLinkTitle() != null) {
            body.add("resourceLinkTitle", session.resourceLinkTitle());
        }
        statements.find(UUID.fromString(session.launchStatementId()))
                .ifPresent(statement -> body.add("launchStatement", statement));
        return body.build().toString();
    }

    /** Bearer check shared by the session-protected endpoints: fail closed with 401. */
    static final class SessionAuth {
        private SessionAuth() {
        }

        static SessionClaims require(SessionTokens tokens, String authorization) {
            if (authorization == null || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
                throw new Problem(401, "session_missing", "Not signed in",
                        "Send the session token from the launch page as 'Authorization: Bearer <token>'.");
            }
            return tokens.verify(authorization.substring(7).trim()).orElseThrow(() -> new Problem(401,
                    "session_invalid", "Session expired or invalid", "Launch the tool again from your course."));
        }
    }
}
