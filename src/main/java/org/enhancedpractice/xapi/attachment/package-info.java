/**
 * Statement attachments (xAPI 1.0.3 Part 2 §2.4.11, Part 3 §1.5.2): multipart/mixed requests and responses
 * (RFC 2046 §5.1), matching raw parts to attachment objects by SHA-2 only, and storage of the raw data,
 * deduplicated by SHA-2 per tenant.
 */
package org.enhancedpractice.xapi.attachment;
