package org.enhancedpractice.lti.launch;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jose.util.DefaultResourceRetriever;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.MalformedURLException;
import java.net.URI;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.enhancedpractice.lti.LtiError;

/**
 * One Nimbus JWK source per platform JWKS URL: cached, refreshed when a token names an unknown kid (platforms
 * rotate: D2L hourly, Canvas monthly), rate-limited so forged kids cannot make us hammer the platform.
 */
@ApplicationScoped
public class PlatformKeySources {
    private static final int TIMEOUT_MILLIS = 5_000;
    private static final int SIZE_LIMIT_BYTES = 512 * 1024;

    private final ConcurrentMap<URI, JWKSource<SecurityContext>> sources = new ConcurrentHashMap<>();

    public JWKSource<SecurityContext> forJwksUri(URI jwksUri) {
        return sources.computeIfAbsent(jwksUri, PlatformKeySources::build);
    }

    private static JWKSource<SecurityContext> build(URI jwksUri) {
        try {
            return JWKSourceBuilder.<SecurityContext>create(jwksUri.toURL(),
                            new DefaultResourceRetriever(TIMEOUT_MILLIS, TIMEOUT_MILLIS, SIZE_LIMIT_BYTES))
                    .retrying(true)
                    .build();
        } catch (MalformedURLException e) {
            throw LtiError.LAUNCH_PLATFORM_KEYS_UNAVAILABLE.problem("The registered JWKS URL " + jwksUri
                    + " is not a URL.");
        }
    }
}
