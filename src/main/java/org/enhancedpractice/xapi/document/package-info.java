/**
 * The document resources of the LRS (xAPI 1.0.3 Part 3 §2.2): State (§2.3), Agent Profile (§2.6) and Activity
 * Profile (§2.7), with ETag concurrency control (§3.1) and the JSON merge of POST (§2.2), plus {@link
 * org.enhancedpractice.xapi.document.StateDocuments}, the State API for the tool's own code.
 */
package org.enhancedpractice.xapi.document;
