/**
 * LTI Deep Linking 2.0: the settings of an LtiDeepLinkingRequest (§4.4.1), the content items a tutor picks from the
 * catalogue (§3.1 ltiResourceLink, with a line item where accepted), and the signed LtiDeepLinkingResponse (§4.5)
 * the page auto-posts to deep_link_return_url in a form field named JWT.
 */
package org.enhancedpractice.lti.deeplinking;
