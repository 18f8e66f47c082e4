package org.enhancedpractice.lti.services;

import org.enhancedpractice.platform.Problem;

/**
 * A call to a platform service failed; the detail keeps the platform's own message for the tutor or administrator.
 * {@code permanent} failures (the platform refused the request itself) are not worth retrying; the others (platform
 * unreachable, overloaded, token expired) are.
 */
public final class ServiceCallFailed extends Problem {
    private final boolean permanent;

    public ServiceCallFailed(String code, String detail) {
        this(code, detail, false);
    }

    public ServiceCallFailed(String code, String detail, boolean permanent) {
        super(502, code, "The VLE's service did not answer as expected", detail);
        this.permanent = permanent;
    }

    /** A failure of a call that answered {@code status}: permanent unless the status says "try again". */
    static ServiceCallFailed answered(String code, java.net.URI url, int status, String body) {
        return new ServiceCallFailed(code, url + " answered HTTP " + status + ": " + PlatformHttp.abbreviate(body),
                !PlatformHttp.isTransient(status));
    }

    public boolean permanent() {
        return permanent;
    }
}
