package org.enhancedpractice.lti.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.registry.Registration;

/**
 * AGS 2.0 score publishing (§3.4). Never throws for a platform's answer: the outcome says whether to retry, so the
 * caller (the grade outbox) can keep a learner's action independent of the VLE being up.
 */
@ApplicationScoped
public class Scores {
    @Inject ServiceTokens tokens;
    private final ConcurrentMap<String, Instant> lastTimestamps = new ConcurrentHashMap<>();

    public ScoreOutcome post(Registration registration, URI lineItem, Score score) {
        AccessToken token;
        try {
            token = tokens.token(registration, Set.of(LtiClaims.SCOPE_AGS_SCORE));
        } catch (ServiceCallFailed e) {
            return ScoreOutcome.unreachable(e.detail());
        }
        if (!token.grantedScopes().contains(LtiClaims.SCOPE_AGS_SCORE)) {
            return new ScoreOutcome(ScoreOutcome.Kind.REFUSED, 0, "The platform did not grant the score scope.");
        }
        Score stamped = score.at(strictlyIncreasing(lineItem, score));
        HttpRequest request = PlatformHttp.request(ServiceUrls.append(lineItem, "scores"))
                .header("Content-Type", Score.MEDIA_TYPE).header("Authorization", "Bearer " + token.value())
                .POST(HttpRequest.BodyPublishers.ofString(stamped.toJson().toString())).build();
        try {
            HttpResponse<String> response = PlatformHttp.send(request, "platform_score_unavailable");
            return ScoreOutcome.of(response.statusCode(), response.body());
        } catch (ServiceCallFailed e) {
            return ScoreOutcome.unreachable(e.detail());
        }
    }

    /**
     * Platforms ignore a score whose timestamp is not newer than the last one (AGS 2.0 §3.4.6), so timestamps are
     * strictly increasing per line item and user, in milliseconds, within this instance.
     */
    Instant strictlyIncreasing(URI lineItem, Score score) {
        return lastTimestamps.merge(lineItem + " " + score.userId(), score.timestamp(),
                (previous, proposed) -> proposed.isAfter(previous) ? proposed : previous.plusMillis(1));
    }
}
