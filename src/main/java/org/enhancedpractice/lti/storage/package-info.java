/**
 * Platform storage through {@code window.postMessage}, for launches without third-party cookies: the pages the
 * tool answers with at login ({@code lti.put_data}) and at launch ({@code lti.get_data}), following the 1EdTech
 * base documents v0.1 (October 2022) "LTI Client Side postMessages" (lti-cs-pm: {@code lti.capabilities},
 * message ids, {@code .response} subjects, error objects), "LTI postMessage Storage" (lti-pm-s: put/get by key,
 * stored per tool origin) and "OIDC Login with LTI Client Side postMessages" (lti-cs-oidc: the
 * {@code lti_storage_target} login parameter, the target window, {@code targetOrigin} and {@code event.origin}
 * equal to the origin of the platform's OIDC authorization endpoint). Which logins use it is decided in
 * {@code lti.login}; docs/adr/0005-launch-state-without-third-party-cookies.md gives the reasons.
 */
package org.enhancedpractice.lti.storage;
