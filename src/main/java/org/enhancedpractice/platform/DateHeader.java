package org.enhancedpractice.platform;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * RFC 9110 §6.6.1: an origin server with a clock sends {@code Date} on its responses. Payara Micro does not, and
 * clients rely on it (the ADL LRS conformance suite compares it with X-Experience-API-Consistent-Through).
 */
@Provider
public class DateHeader implements ContainerResponseFilter {
    @Inject Clock clock;

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Date")) {
            response.getHeaders().putSingle("Date",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now(clock).withZoneSameInstant(ZoneOffset.UTC)));
        }
    }
}
