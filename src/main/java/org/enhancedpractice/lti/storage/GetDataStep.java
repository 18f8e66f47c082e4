package org.enhancedpractice.lti.storage;

import java.net.URI;

/**
 * The launch page's work: read {@code key} from the platform's storage and post it with the launch's id_token and
 * state to {@code completeUrl}, as JSON from this page's own script (so another site cannot forge that request
 * with a plain form).
 */
public record GetDataStep(String target, String platformOrigin, String key, String idToken, String state,
                          URI completeUrl) {
}
