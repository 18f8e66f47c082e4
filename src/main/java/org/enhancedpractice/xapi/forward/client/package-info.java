/**
 * A small xAPI client over {@code java.net.http}, shaped as a library: no CDI, no container, no JSON model of its own
 * (statements travel as JSON text the caller owns). It speaks to another LRS's Statement resource:
 * <ul>
 *   <li>POST one batch (xAPI 1.0.3 Part 3 §2.1.2), PUT one statement by id (§2.1.1), GET one by id or voided id
 *       (§2.1.3);</li>
 *   <li>HTTP Basic credentials (Part 3 §4.1) and the {@code X-Experience-API-Version} header (Part 3 §6.2);</li>
 *   <li>{@code multipart/mixed} when attachment data travels with the statements (Part 3 §1.5.2, RFC 2046 §5.1.1):
 *       the statements first as {@code application/json}, then one part per SHA-2 with
 *       {@code X-Experience-API-Hash} and {@code Content-Transfer-Encoding: binary}.</li>
 * </ul>
 * {@link org.enhancedpractice.xapi.forward.client.XapiResponse#kind()} classifies an answer for a sender that
 * retries: 2xx accepted, 409 conflict, 404/408/429/5xx worth retrying, anything else a permanent rejection.
 */
package org.enhancedpractice.xapi.forward.client;
