package org.enhancedpractice.lti.storage;

import java.net.URI;

/**
 * The login page's work: store {@code value} under {@code key} in the platform's storage, then go to the
 * authorization endpoint; on failure, offer {@code newWindowLogin}.
 *
 * @param target         {@code lti_storage_target}: {@code _parent} or a frame name in the parent window
 * @param platformOrigin origin of the platform's OIDC authorization endpoint (postMessage targetOrigin)
 */
public record PutDataStep(String target, String platformOrigin, String key, String value, URI authorizationUrl,
                          URI newWindowLogin) {
}
