/**
 * Administration of LRS clients by a tool administrator (issue 4 "Security"): {@code <base>/admin/xapi/clients}
 * lists, creates, re-scopes, disables and enables, re-keys and deletes the key/secret clients that authenticate to
 * the LRS with HTTP Basic (xAPI 1.0.3 Part 3 §4.1) under the scopes of §4.2. Secrets are generated here, answered
 * once and stored only as PBKDF2 hashes ({@link org.enhancedpractice.xapi.auth.SecretHash}). Authorised by the
 * administrator bearer token ({@link org.enhancedpractice.platform.AdminAccess}); errors are RFC 9457 problems
 * with the codes of {@link org.enhancedpractice.xapi.admin.LrsClientProblem}.
 */
package org.enhancedpractice.xapi.admin;
