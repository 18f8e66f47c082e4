/**
 * Workplace activities, the blended part of a module: the activity types with their guidance and reflection prompts,
 * the checks on an entry (dates, hours, off-the-job rules, likely patient identifiers), and the xAPI statement each
 * logged activity becomes (xAPI 1.0.3 Part 2 §2.4; attachments §2.4.11).
 */
package org.enhancedpractice.content.workplace;
