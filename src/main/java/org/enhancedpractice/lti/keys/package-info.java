/**
 * The tool's RSA signing keys and the public JWKS at {@code /lti/jwks} (Security Framework 1.0 §6.3, RFC 7517 §5).
 * Keys are generated on first start (RSA 2048, RS256) and kept in the database.
 */
package org.enhancedpractice.lti.keys;
