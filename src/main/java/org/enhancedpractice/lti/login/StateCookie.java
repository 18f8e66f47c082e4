package org.enhancedpractice.lti.login;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The cookie that binds a login's state to the browser when the platform offers no platform storage
 * (Security Framework 1.0 §5.1.1.3). One cookie per login, named after its state, so two logins in two tabs do not
 * overwrite each other. {@code HttpOnly}, {@code Path=<base path>/lti}, {@code Max-Age} = the state's time to live.
 * <p>
 * The launch arrives as a cross-site form POST, so the cookie must be {@code SameSite=None}, which requires
 * {@code Secure} (RFC 6265bis §5.6.7.1; {@code http://localhost} counts as secure in browsers). It is also
 * {@code Partitioned} (CHIPS): a browser that blocks third-party cookies still keeps a partitioned one for the tool
 * inside this VLE's iframe. Only a plain-http tool on a non-loopback host (default mode) gets a {@code SameSite=Lax}
 * cookie without those attributes, which works for the same-site demo platform only.
 * JAX-RS {@code NewCookie} cannot express {@code Partitioned}, hence the header is written here.
 */
public final class StateCookie {
    public static final String PREFIX = "ept_lti_state_";
    /** Enough of the state (base64url, 256 bits) to tell concurrent logins apart in a cookie name. */
    static final int NAME_STATE_CHARS = 16;
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private StateCookie() {
    }

    public static String name(String state) {
        return PREFIX + state.substring(0, Math.min(NAME_STATE_CHARS, state.length()));
    }

    /** The {@code Set-Cookie} header value that binds this browser to {@code state}. */
    public static String set(String state, String baseUrl, Duration ttl) {
        return name(state) + "=" + state + attributes(baseUrl, ttl.toSeconds());
    }

    /** Removes the cookie once its launch is done (whatever the outcome: the state is single use). */
    public static String clear(String state, String baseUrl) {
        return name(state) + "=" + attributes(baseUrl, 0);
    }

    private static String attributes(String baseUrl, long maxAge) {
        URI base = URI.create(baseUrl);
        String common = "; Path=" + path(base) + "; Max-Age=" + maxAge + "; HttpOnly";
        return secureContext(base) ? common + "; Secure; SameSite=None; Partitioned" : common + "; SameSite=Lax";
    }

    static String path(URI base) {
        String path = base.getRawPath() == null ? "" : base.getRawPath();
        return path + "/lti";
    }

    /** Browsers keep {@code Secure} cookies only from https origins and from loopback hosts. */
    static boolean secureContext(URI base) {
        return "https".equals(base.getScheme())
                || base.getHost() != null && LOOPBACK.contains(base.getHost().toLowerCase(Locale.ROOT));
    }
}
