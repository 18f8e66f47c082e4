package org.enhancedpractice.it;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

/**
 * A site-mate of the tool for browser tests ({@code http://localhost:<port>}; cookies ignore ports, so it is the
 * tool's site) that proves what a browser does with cookies: {@code /set} sets a plain {@code SameSite=None; Secure}
 * cookie {@code probe=1} and redirects to {@code /echo}, which shows the Cookie header it received in
 * {@code <p id="cookie">} ("none" when there was none). Embedded in another site's page it shows whether third-party
 * cookies are blocked.
 */
public final class CookieProbe implements AutoCloseable {
    private final HttpServer server;

    public CookieProbe() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/set", ex -> {
            ex.getResponseHeaders().add("Set-Cookie", "probe=1; Path=/; SameSite=None; Secure");
            ex.getResponseHeaders().add("Location", "/echo");
            ex.sendResponseHeaders(302, -1);
            ex.close();
        });
        server.createContext("/echo", ex -> {
            String cookie = ex.getRequestHeaders().getFirst("Cookie");
            byte[] body = ("<p id=\"cookie\">" + (cookie == null ? "none" : cookie) + "</p>").getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "text/html");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    /** The URL that sets the cookie, on the tool's site. */
    public String setUrl() {
        return "http://localhost:" + server.getAddress().getPort() + "/set";
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
