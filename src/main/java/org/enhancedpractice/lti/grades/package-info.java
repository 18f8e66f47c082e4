/**
 * Grades to the VLE gradebook by Assignment and Grade Services 2.0, through a durable outbox: a learner's action only
 * inserts a row ({@link org.enhancedpractice.lti.grades.GradeOutbox#enqueue}); a scheduled sender claims rows with a
 * lease, finds or creates the line item (AGS 2.0 §3.2), posts the score (§3.4) with a timestamp newer than the last one
 * for that line item and user (§3.4.6), retries with exponential backoff, and keeps permanent refusals with the
 * platform's message for tutors and administrators.
 */
package org.enhancedpractice.lti.grades;
