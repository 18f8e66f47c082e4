package org.enhancedpractice.lti.login;

import java.net.URI;

/**
 * Where the browser goes next, the state to bind to it and how, and the URL that starts the same login again in
 * a new top-level window (a cookie-bound login, where the tool's cookie is first-party).
 */
public record AuthorizationRedirect(URI location, String state, BrowserBinding binding, URI newWindowLogin) {
}
