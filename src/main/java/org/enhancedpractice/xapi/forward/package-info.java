/**
 * Lossless forwarding of every stored statement to an external LRS (docs/xapi.md "Forwarding", ADR 0006).
 * <p>
 * {@link org.enhancedpractice.xapi.forward.ForwardOutbox#enqueue} inserts one outbox row in the transaction that
 * stores the statement, so a statement is never stored without being queued. {@link
 * org.enhancedpractice.xapi.forward.ForwardSender} claims due rows under a lease, only the oldest unfinished rows of
 * each actor and those following them (so an actor's statements reach the external LRS in the order they were
 * stored), POSTs them as one batch (xAPI 1.0.3 Part 3 §2.1.2) with their attachment data (Part 3 §1.5.2), and
 * records the outcome: delivered; retried with exponential backoff on 408/429/5xx and transport failures; failed with
 * the LRS's message on any other refusal. A 409 is a delivery when the LRS already holds the same statement
 * (Part 3 §2.1.1: an LRS may answer 409 or 204 to an identical re-post).
 */
package org.enhancedpractice.xapi.forward;
