package org.enhancedpractice.bench;

import com.nimbusds.jose.jwk.JWKSet;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The platform side of the bench: publishes its public key at {@code /jwks} on 127.0.0.1 and mints id_tokens
 * in-process. The authorization endpoint is never called over HTTP, so a launch costs the tool two requests.
 */
final class BenchPlatform implements AutoCloseable {
    private final HttpServer server;
    private final LaunchTokens tokens;
    private final BenchIdentity identity;
    private final AtomicInteger jwksFetches = new AtomicInteger();

    private BenchPlatform(HttpServer server, LaunchTokens tokens, BenchIdentity identity) {
        this.server = server;
        this.tokens = tokens;
        this.identity = identity;
    }

    static BenchPlatform start(BenchIdentity identity, int port, String kid) throws IOException {
        LaunchTokens tokens = new LaunchTokens(LaunchTokens.generateKey(kid), identity);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        BenchPlatform platform = new BenchPlatform(server, tokens, identity);
        String jwks = new JWKSet(tokens.publicKey()).toString();
        server.createContext("/jwks", exchange -> platform.serveJwks(exchange, jwks));
        server.start();
        return platform;
    }

    LaunchTokens tokens() {
        return tokens;
    }

    BenchIdentity identity() {
        return identity;
    }

    /** How often the tool fetched the JWKS: once per run is expected (cached, refetched on an unknown kid). */
    int jwksFetches() {
        return jwksFetches.get();
    }

    private void serveJwks(HttpExchange exchange, String jwks) throws IOException {
        jwksFetches.incrementAndGet();
        byte[] body = jwks.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
