package org.enhancedpractice.platform;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * The tool runs inside the VLE's iframe, so its pages must be frameable by any registered platform. Payara adds
 * {@code X-Frame-Options: SAMEORIGIN} to every response; a CSP {@code frame-ancestors} directive supersedes it in
 * browsers (CSP Level 3 §6.4.2), so every response states the framing policy explicitly.
 */
@Provider
public class FramingPolicy implements ContainerResponseFilter {
    static final String POLICY = "frame-ancestors *";

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (!response.getHeaders().containsKey("Content-Security-Policy")) {
            response.getHeaders().add("Content-Security-Policy", POLICY);
        }
    }
}
