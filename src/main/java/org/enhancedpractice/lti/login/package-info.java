/**
 * OIDC third-party initiated login (1EdTech Security Framework 1.0 §5.1.1; LTI Core 1.3 §4.1): accepts GET
 * (Blackboard) and form POST (Moodle), stores a single-use state and nonce server-side and redirects to the
 * platform's authorization endpoint with the parameters of §5.1.1.2.
 */
package org.enhancedpractice.lti.login;
