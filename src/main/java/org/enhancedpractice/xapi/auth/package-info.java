/**
 * LRS clients and their HTTP Basic credentials (xAPI 1.0.3 Part 3 §4.1), scopes (§4.2) and the demo client of the
 * default mode. Secrets are stored as PBKDF2-HMAC-SHA256 hashes (RFC 8018).
 */
package org.enhancedpractice.xapi.auth;
