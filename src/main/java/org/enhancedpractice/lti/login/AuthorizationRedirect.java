package org.enhancedpractice.lti.login;

import java.net.URI;

/** Where the browser goes next, and the state to bind to it. */
public record AuthorizationRedirect(URI location, String state) {
}
