package org.enhancedpractice.xapi.protocol;

import jakarta.ws.rs.container.ContainerRequestContext;

/** Tells LRS requests apart before resource matching: every LRS path starts with {@code xapi/}. */
final class LrsPaths {
    private LrsPaths() {
    }

    static boolean isLrs(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        String relative = path.startsWith("/") ? path.substring(1) : path;
        return relative.equals("xapi") || relative.startsWith("xapi/");
    }
}
