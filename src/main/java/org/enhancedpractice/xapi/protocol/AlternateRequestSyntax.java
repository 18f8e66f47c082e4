package org.enhancedpractice.xapi.protocol;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.enhancedpractice.xapi.LrsProblem;

/**
 * The alternate request syntax of xAPI 1.0.3 Part 3 §1.3: a POST with the intended method as the only query
 * parameter {@code method} and a form body. The form parameters Authorization, X-Experience-API-Version,
 * Content-Type, Content-Length, If-Match and If-None-Match become headers, {@code content} (UTF-8) becomes the body,
 * and every other form parameter becomes a query parameter; then the request is handled as if sent normally.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public class AlternateRequestSyntax implements ContainerRequestFilter {
    static final String METHOD = "method";
    static final String CONTENT = "content";
    static final List<String> HEADER_FIELDS = List.of(HttpHeaders.AUTHORIZATION, "X-Experience-API-Version",
            HttpHeaders.CONTENT_TYPE, HttpHeaders.CONTENT_LENGTH, HttpHeaders.IF_MATCH, HttpHeaders.IF_NONE_MATCH);
    private static final Set<String> METHODS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.PUT, HttpMethod.POST,
            HttpMethod.DELETE);
    private static final String DEFAULT_CONTENT_TYPE = "application/json";

    @Override
    public void filter(ContainerRequestContext request) {
        MultivaluedMap<String, String> query = request.getUriInfo().getQueryParameters();
        if (!LrsPaths.isLrs(request) || !query.containsKey(METHOD)) {
            return;
        }
        if (!HttpMethod.POST.equals(request.getMethod()) || query.size() != 1 || query.get(METHOD).size() != 1) {
            throw refused("send it as a POST whose only query parameter is 'method'");
        }
        String method = query.getFirst(METHOD).toUpperCase(Locale.ROOT);
        if (!METHODS.contains(method)) {
            throw refused("'method' must be one of " + new TreeSet<>(METHODS));
        }
        Map<String, String> form = form(read(request));
        rewrite(request, method, form);
    }

    private static void rewrite(ContainerRequestContext request, String method, Map<String, String> form) {
        byte[] content = form.getOrDefault(CONTENT, "").getBytes(StandardCharsets.UTF_8);
        MultivaluedMap<String, String> headers = request.getHeaders();
        headers.remove(HttpHeaders.CONTENT_TYPE);
        headers.putSingle(HttpHeaders.CONTENT_TYPE, DEFAULT_CONTENT_TYPE);
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> field : form.entrySet()) {
            String header = headerName(field.getKey());
            if (header != null) {
                headers.putSingle(header, field.getValue());
            } else if (!CONTENT.equals(field.getKey())) {
                query.append(query.isEmpty() ? "" : "&").append(encode(field.getKey())).append('=')
                        .append(encode(field.getValue()));
            }
        }
        headers.putSingle(HttpHeaders.CONTENT_LENGTH, Integer.toString(content.length));
        String target = request.getUriInfo().getRequestUri().toString();
        int question = target.indexOf('?');
        URI rebuilt = URI.create(target.substring(0, question < 0 ? target.length() : question)
                + (query.isEmpty() ? "" : "?" + query));
        request.setRequestUri(request.getUriInfo().getBaseUri(), rebuilt);
        request.setEntityStream(new ByteArrayInputStream(content));
        request.setMethod(method);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String headerName(String field) {
        return HEADER_FIELDS.stream().filter(h -> h.equalsIgnoreCase(field)).findFirst().orElse(null);
    }

    private static String read(ContainerRequestContext request) {
        try {
            return new String(request.getEntityStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** application/x-www-form-urlencoded (WHATWG URL §5.1), UTF-8; a field given twice keeps its first value. */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            fields.putIfAbsent(name, eq < 0 ? "" : decode(pair.substring(eq + 1)));
        }
        return fields;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw refused("the form body is not application/x-www-form-urlencoded");
        }
    }

    private static LrsProblem refused(String detail) {
        return LrsProblem.badRequest(LrsProblem.ALTERNATE_SYNTAX, "Alternate request syntax (Part 3 §1.3): " + detail);
    }
}
