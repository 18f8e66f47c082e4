package org.enhancedpractice.xapi.forward.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * Sends statements to one LRS. Thread-safe; reuse one instance per LRS. Transport failures (connection refused,
 * timeouts, resets) surface as {@link IOException}; every HTTP answer, refusals included, as an {@link XapiResponse}.
 */
public final class XapiClient {
    /** xAPI 1.0.3 Part 3 §6.2. */
    public static final String VERSION_HEADER = "X-Experience-API-Version";

    private final ClientConfig config;
    private final HttpClient http;
    private final String authorization;
    private final SecureRandom random = new SecureRandom();

    public XapiClient(ClientConfig config, HttpClient http) {
        this.config = config;
        this.http = http;
        this.authorization = "Basic " + Base64.getEncoder().encodeToString(
                (config.key() + ":" + config.secret()).getBytes(StandardCharsets.UTF_8));
    }

    /** A client on its own {@link HttpClient} (HTTP/1.1, connect timeout = the request timeout, no redirects). */
    public static XapiClient create(ClientConfig config) {
        return new XapiClient(config, HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout()).followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /**
     * POSTs a JSON array of statements (Part 3 §2.1.2); as {@code multipart/mixed} when {@code parts} is not empty.
     *
     * @param version the {@code X-Experience-API-Version} to send, e.g. {@code 1.0.3} or {@code 2.0.0}
     * @param statementsJson the statements, each as JSON object text, in the order the LRS should take them
     */
    public XapiResponse postStatements(String version, List<String> statementsJson, List<AttachmentPart> parts)
            throws IOException {
        return send(config.statements(), "POST", version, "[" + String.join(",", statementsJson) + "]", parts);
    }

    /** PUTs one statement under its id (Part 3 §2.1.1): 204 when stored or already there, 409 on a different one. */
    public XapiResponse putStatement(String version, UUID id, String statementJson, List<AttachmentPart> parts)
            throws IOException {
        return send(query("statementId", id), "PUT", version, statementJson, parts);
    }

    /** GETs one statement by id, or with {@code voided} by voidedStatementId (Part 3 §2.1.3). */
    public XapiResponse getStatement(String version, UUID id, boolean voided) throws IOException {
        HttpRequest request = base(query(voided ? "voidedStatementId" : "statementId", id), version).GET().build();
        return exchange(request);
    }

    private XapiResponse send(URI uri, String method, String version, String json, List<AttachmentPart> parts)
            throws IOException {
        HttpRequest.Builder request = base(uri, version);
        if (parts.isEmpty()) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        } else {
            MultipartBody body = MultipartBody.of(json, parts, random);
            request.header("Content-Type", body.contentType())
                    .method(method, HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        }
        return exchange(request.build());
    }

    private HttpRequest.Builder base(URI uri, String version) {
        return HttpRequest.newBuilder(uri).timeout(config.timeout()).header("Authorization", authorization)
                .header(VERSION_HEADER, version).header("User-Agent", config.userAgent());
    }

    private XapiResponse exchange(HttpRequest request) throws IOException {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new XapiResponse(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("Interrupted while waiting for the LRS");
        }
    }

    private URI query(String name, UUID id) {
        return URI.create(config.statements() + "?" + name + "=" + URLEncoder.encode(id.toString(), StandardCharsets.UTF_8));
    }
}
