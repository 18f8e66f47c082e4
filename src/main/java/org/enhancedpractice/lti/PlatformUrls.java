package org.enhancedpractice.lti;

import java.net.InetAddress;
import java.net.URI;

/**
 * Which platform URLs the tool accepts: https always; plain http only for loopback hosts and only in the default
 * mode, so a newcomer's local VLE works and production never talks to a platform in clear text.
 */
public final class PlatformUrls {
    private PlatformUrls() {
    }

    /** @return null when acceptable, else the reason. */
    public static String problem(String value, boolean allowLoopbackHttp) {
        URI uri;
        try {
            uri = new URI(value);
        } catch (Exception e) {
            return "is not a URL";
        }
        if (uri.getHost() == null || !uri.isAbsolute()) {
            return "must be an absolute URL";
        }
        if ("https".equals(uri.getScheme())) {
            return null;
        }
        if ("http".equals(uri.getScheme()) && allowLoopbackHttp && isLoopback(uri.getHost())) {
            return null;
        }
        return allowLoopbackHttp ? "must use https (plain http only on localhost/127.0.0.1/[::1])" : "must use https";
    }

    /** Literal loopback names only; no DNS lookup, so a hostile name cannot resolve to a loopback address. */
    static boolean isLoopback(String host) {
        String h = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if ("localhost".equalsIgnoreCase(h)) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.contains(":")) {
            return false;
        }
        try {
            return InetAddress.getByName(h).isLoopbackAddress();
        } catch (Exception e) {
            return false;
        }
    }
}
