/**
 * Launch validation: the id_token checks of 1EdTech Security Framework 1.0 §5.1.3 (signature by the platform's
 * JWKS key named by {@code kid}, RS256 only, iss, aud/azp, exp/iat, nonce) followed by the LTI Core 1.3 §5.3–5.4
 * message rules (version, message type, deployment, sub, roles, resource link). Each rule is a small named check
 * with a stable {@link org.enhancedpractice.lti.LtiError} code.
 */
package org.enhancedpractice.lti.launch;
