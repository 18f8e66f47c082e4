/**
 * Course rosters from Names and Role Provisioning Services 2.0, cached per context (or per resource link with
 * {@code rlid}, NRPS 2.0 §2.5) and refreshed after a maximum age or on request; when the platform gave a
 * {@code differences} link (§2.4.2) a refresh reads only the changes since the last read.
 */
package org.enhancedpractice.lti.rosters;
