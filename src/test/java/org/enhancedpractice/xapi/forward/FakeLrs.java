package org.enhancedpractice.xapi.forward;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;

/**
 * A scripted LRS over real HTTP on a loopback port (the JDK's HttpServer): records every request and answers with
 * what the test's script says. It stands in for an external LRS that a unit test cannot reach otherwise.
 */
final class FakeLrs implements AutoCloseable {
    record Request(String method, String query, String version, String contentType, String authorization, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    record Answer(int status, String body) {
    }

    final List<Request> requests = Collections.synchronizedList(new ArrayList<>());
    private final HttpServer server;
    private volatile Function<Request, Answer> script;

    FakeLrs(Function<Request, Answer> script) throws IOException {
        this.script = script;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/lrs/", this::handle);
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/lrs");
    }

    void answer(Function<Request, Answer> next) {
        script = next;
    }

    private void handle(HttpExchange exchange) throws IOException {
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getQuery(),
                exchange.getRequestHeaders().getFirst("X-Experience-API-Version"),
                exchange.getRequestHeaders().getFirst("Content-Type"),
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestBody().readAllBytes());
        requests.add(request);
        Answer answer = script.apply(request);
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(answer.status(), body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            exchange.getResponseBody().write(body);
        }
        exchange.close();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
