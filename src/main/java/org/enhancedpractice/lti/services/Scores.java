package org.enhancedpractice.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.registry.Registration;

/**
 * AGS 2.0 score publishing (§3.4). Never throws for a platform's answer: the outcome says whether to retry, so the
 * caller (the grade outbox) keeps a learner's action independent of the VLE being up. The score's timestamp is the
 * caller's to choose: it must be newer than the last one sent for that line item and user (§3.4.6), which the grade
 * outbox keeps in the database for every tool instance.
 */
@ApplicationScoped
public class Scores {
    @Inject ServiceTokens tokens;

    /** @param tokenScopes the scopes to ask the token for: those the launch offered that the tool uses. */
    public ScoreOutcome post(Registration registration, Set<String> tokenScopes, URI lineItem, Score score) {
        AccessToken token;
        try {
            token = tokens.token(registration, tokenScopes);
        } catch (ServiceCallFailed e) {
            return ScoreOutcome.of(e);
        }
        if (!token.grantedScopes().contains(LtiClaims.SCOPE_AGS_SCORE)) {
            return ScoreOutcome.refused("The platform did not grant the score scope (granted: "
                    + token.grantedScopes() + ").");
        }
        HttpRequest request = PlatformHttp.request(ServiceUrls.append(lineItem, "scores"))
                .header("Content-Type", Score.MEDIA_TYPE).header("Authorization", "Bearer " + token.value())
                .POST(HttpRequest.BodyPublishers.ofString(score.toJson().toString())).build();
        try {
            HttpResponse<String> response = PlatformHttp.send(request, "platform_score_unavailable");
            if (response.statusCode() == 401) {
                tokens.forget(registration, tokenScopes);
            }
            return ScoreOutcome.of(response.statusCode(), response.body());
        } catch (ServiceCallFailed e) {
            return ScoreOutcome.unreachable(e.detail());
        }
    }
}
