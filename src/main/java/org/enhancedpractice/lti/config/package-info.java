/**
 * Static platform files: one JSON file per registration in {@code lti-config/} (format in lti-config/README.md),
 * validated as a whole at start-up. Any error stops the tool with the file, field and reason, because a
 * half-loaded configuration would silently turn away an institution's learners.
 */
package org.enhancedpractice.lti.config;
