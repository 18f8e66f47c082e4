package org.enhancedpractice.xapi.forward.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a forwarder reads an LRS's status codes (xAPI 1.0.3 Part 3 §2.1.1–2.1.2, RFC 9110 §15). */
class ResponseKindTest {
    @Test
    void successIsAccepted() {
        assertEquals(ResponseKind.ACCEPTED, ResponseKind.of(200));
        assertEquals(ResponseKind.ACCEPTED, ResponseKind.of(204));
    }

    @Test
    void conflictIsItsOwnKind() {
        assertEquals(ResponseKind.CONFLICT, ResponseKind.of(409));
    }

    @Test
    void timeoutThrottlingServerErrorsAndAMissingResourceAreRetried() {
        for (int status : new int[] {404, 408, 429, 500, 502, 503, 504}) {
            assertEquals(ResponseKind.RETRY, ResponseKind.of(status), "status " + status);
        }
    }

    @Test
    void otherClientErrorsAndRedirectsAreRejections() {
        for (int status : new int[] {400, 401, 403, 405, 413, 301, 302}) {
            assertEquals(ResponseKind.REJECTED, ResponseKind.of(status), "status " + status);
        }
    }

    @Test
    void endpointGetsATrailingSlashSoStatementsResolvesUnderIt() {
        ClientConfig config = new ClientConfig(URI.create("https://lrs.example/tenant/xapi"), "k", "s",
                Duration.ofSeconds(1), null);
        assertEquals(URI.create("https://lrs.example/tenant/xapi/statements"), config.statements());
    }

    @Test
    void endpointMustBeAbsoluteHttp() {
        assertThrows(IllegalArgumentException.class, () -> new ClientConfig(URI.create("/xapi/"), "k", "s",
                Duration.ofSeconds(1), null));
        assertThrows(IllegalArgumentException.class, () -> new ClientConfig(URI.create("ftp://lrs.example/xapi/"), "k",
                "s", Duration.ofSeconds(1), null));
    }
}
