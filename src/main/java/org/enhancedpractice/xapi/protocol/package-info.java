/**
 * The xAPI HTTP conventions shared by every LRS resource: the {@code X-Experience-API-Version} header on requests
 * and responses (xAPI 1.0.3 Part 3 §6.2), HTTP Basic authentication with scopes (§4), and problem bodies for
 * refusals that keep the status codes of §3.2.
 */
package org.enhancedpractice.xapi.protocol;
