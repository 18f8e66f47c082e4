/**
 * LTI Dynamic Registration 1.0: {@code GET <base>/lti/register} fetches the platform's OpenID configuration
 * (§3.4–3.5), posts the tool's client registration with the registration token (§3.5.2, §3.6), stores the
 * client_id and deployment_id it gets back, and ends with the page that posts {@code org.imsglobal.lti.close}
 * (§3.7).
 */
package org.enhancedpractice.lti.registration;
