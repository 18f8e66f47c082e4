package org.enhancedpractice.xapi;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The xAPI versions the LRS speaks, chosen per request by {@code X-Experience-API-Version} (xAPI 1.0.3 Part 3 §6.2;
 * IEEE 9274.1.1 keeps the header). A response names the version of the request's family: 1.0.3 for any 1.0.x,
 * 2.0.0 for 2.0.x.
 */
public enum XapiVersion {
    V1_0_3("1.0.3", Pattern.compile("^1\\.0(\\.\\d+)?$")),
    V2_0_0("2.0.0", Pattern.compile("^2\\.0(\\.\\d+)?$"));

    private final String header;
    private final Pattern accepts;

    XapiVersion(String header, Pattern accepts) {
        this.header = header;
        this.accepts = accepts;
    }

    /** The version this LRS answers with, e.g. {@code 1.0.3}. */
    public String header() {
        return header;
    }

    /** True for a statement {@code version} property of this family. */
    public boolean accepts(String version) {
        return accepts.matcher(version).matches();
    }

    /** The version a request header names, if this LRS speaks it. */
    public static Optional<XapiVersion> ofHeader(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (XapiVersion version : values()) {
            if (version.accepts(value.trim())) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    public boolean isTwoPointZero() {
        return this == V2_0_0;
    }
}
