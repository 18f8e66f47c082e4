package org.enhancedpractice.content.cmi5;

import java.util.UUID;

/** A launched AU: the URL with the cmi5 launch parameters (§8.1), how to open it, and the session and registration. */
public record LaunchedAu(String url, String launchMethod, UUID sessionId, UUID registration) {
}
