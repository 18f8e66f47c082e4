package org.enhancedpractice.lti.services;

import org.enhancedpractice.platform.Problem;

/** A call to a platform service failed; the detail keeps the platform's own message for the tutor or administrator. */
public final class ServiceCallFailed extends Problem {
    public ServiceCallFailed(String code, String detail) {
        super(502, code, "The VLE's service did not answer as expected", detail);
    }
}
