/**
 * A built-in demo LTI 1.3 platform under {@code <base>/demo}, on only in the default mode. It is an ordinary
 * platform: it publishes an OpenID configuration, a JWKS and a registration endpoint (Dynamic Registration 1.0),
 * answers the tool's authentication requests with signed id_tokens (Security Framework 1.0 §5.1.1.3) and talks
 * to the tool only over HTTP, never through the tool's classes.
 */
package org.enhancedpractice.demo;
