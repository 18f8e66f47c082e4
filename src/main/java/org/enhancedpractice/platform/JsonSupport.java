package org.enhancedpractice.platform;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.spi.JsonProvider;

/**
 * The JSON-P provider, looked up once. Every {@code jakarta.json.JSON.createX()} call looks the provider up again
 * through the class loader; inside Payara that scan took about 40 % of the tool's CPU per launch and serialised
 * requests on a jar-file lock (bench/RESULTS.md, 2026-11-25). Use {@link #JSON} instead of {@code Json}.
 */
public final class JsonSupport {
    public static final JsonProvider JSON = JsonProvider.provider();

    private JsonSupport() {
    }
}
