package org.enhancedpractice.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tool-administrator operations are authorised by one bearer token from the environment (EPT_ADMIN_TOKEN). Without
 * a configured token every administrator endpoint refuses: fail closed.
 */
@ApplicationScoped
public class AdminAccess {
    public static final int MIN_TOKEN_LENGTH = 32;

    @Inject @ConfigProperty(name = "ept.admin.token")
    Optional<String> token;

    public void require(String authorization) {
        String configured = token.filter(t -> !t.isBlank()).orElseThrow(() -> new Problem(403, "admin_disabled",
                "Administration is switched off", "Set EPT_ADMIN_TOKEN to enable the administrator API."));
        String presented = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                ? authorization.substring(7).trim() : "";
        if (!MessageDigest.isEqual(configured.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8))) {
            throw new Problem(401, "admin_unauthorised", "Not authorised", "A valid administrator token is required.");
        }
    }

    /** For the start-up check. */
    public Optional<String> configuredToken() {
        return token;
    }
}
