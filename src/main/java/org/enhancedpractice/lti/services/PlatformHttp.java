package org.enhancedpractice.lti.services;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The one HTTP client for platform services: timeouts, no redirects, and the User-Agent Canvas requires. */
final class PlatformHttp {
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String USER_AGENT = "EnhancedPracticeTool/0.1 (LTI 1.3 tool)";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    private PlatformHttp() {
    }

    static HttpRequest.Builder request(java.net.URI uri) {
        return HttpRequest.newBuilder(uri).timeout(TIMEOUT).header("User-Agent", USER_AGENT);
    }

    static HttpResponse<String> send(HttpRequest request, String failureCode) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new ServiceCallFailed(failureCode, request.uri() + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceCallFailed(failureCode, "Interrupted while calling " + request.uri());
        }
    }

    /**
     * Answers worth retrying later: 401 (the access token expired or was revoked; a new one is fetched), 408, 409
     * (Moodle: a score in the same second as the last), 425, 429 and every 5xx. Other 4xx are the platform's refusal.
     */
    static boolean isTransient(int status) {
        return status == 401 || status == 408 || status == 409 || status == 425 || status == 429 || status >= 500;
    }

    static String abbreviate(String body) {
        return body.length() <= 500 ? body : body.substring(0, 500) + "…";
    }
}
