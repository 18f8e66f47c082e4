/**
 * Clients of the platform's LTI Advantage services. Access tokens come from the platform's token endpoint by the
 * OAuth 2.0 client_credentials grant with a signed JWT client assertion (1EdTech Security Framework 1.0 §4.1,
 * RFC 7523 §2.2); Names and Role Provisioning Services 2.0 memberships are read page by page (NRPS 2.0 §2.4, RFC 8288
 * Link headers, parsed leniently because Moodle writes typographic quotes); Assignment and Grade Services 2.0 line
 * items are found, created and their results read (AGS 2.0 §3.2, §3.3) and scores posted (§3.4).
 */
package org.enhancedpractice.lti.services;
