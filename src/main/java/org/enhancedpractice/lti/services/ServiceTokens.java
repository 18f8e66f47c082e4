package org.enhancedpractice.lti.services;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.stream.Collectors;
import org.enhancedpractice.lti.keys.ToolKeys;
import org.enhancedpractice.lti.registry.Registration;

/**
 * Access tokens for platform services (Security Framework 1.0 §4.1): client_credentials with a private_key_jwt
 * assertion (iss = sub = client_id, aud = token endpoint, jti, five-minute exp, kid header). Cached per registration
 * and scope set until shortly before expiry.
 */
@ApplicationScoped
public class ServiceTokens {
    static final String ASSERTION_TYPE = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer";
    static final long ASSERTION_LIFETIME_SECONDS = 300;

    @Inject ToolKeys keys;
    @Inject Clock clock;
    private final ConcurrentMap<String, AccessToken> cache = new ConcurrentHashMap<>();

    public AccessToken token(Registration registration, Set<String> scopes) {
        String key = key(registration, scopes);
        AccessToken cached = cache.get(key);
        if (cached != null && cached.usableAt(clock.instant())) {
            return cached;
        }
        AccessToken fresh = request(registration, scopes);
        cache.put(key, fresh);
        return fresh;
    }

    /** Drops a cached token the platform no longer accepts (it answered 401), so the next call fetches a new one. */
    public void forget(Registration registration, Set<String> scopes) {
        cache.remove(key(registration, scopes));
    }

    private static String key(Registration registration, Set<String> scopes) {
        return registration.id() + " " + new TreeSet<>(scopes);
    }

    private AccessToken request(Registration registration, Set<String> scopes) {
        if (registration.tokenEndpoint() == null) {
            throw new ServiceCallFailed("platform_no_token_endpoint", "The registration of " + registration.issuer()
                    + " has no token endpoint.");
        }
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "client_credentials");
        form.put("client_assertion_type", ASSERTION_TYPE);
        form.put("client_assertion", assertion(registration));
        form.put("scope", String.join(" ", new TreeSet<>(scopes)));
        HttpResponse<String> response = PlatformHttp.send(PlatformHttp.request(registration.tokenEndpoint())
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(), "platform_token_unavailable");
        if (response.statusCode() != 200) {
            throw new ServiceCallFailed("platform_token_refused", registration.tokenEndpoint() + " answered HTTP "
                    + response.statusCode() + ": " + PlatformHttp.abbreviate(response.body()));
        }
        return parse(response.body(), scopes);
    }

    /** RFC 6749 §5.1; a missing scope means the requested ones were granted (§3.3). */
    AccessToken parse(String body, Set<String> requested) {
        JsonObject json;
        try {
            json = JSON.createReader(new StringReader(body)).readObject();
        } catch (JsonException | IllegalStateException e) {
            throw new ServiceCallFailed("platform_token_invalid", "The token answer is not JSON: " + e.getMessage());
        }
        String token = json.getString("access_token", null);
        if (token == null || !"bearer".equalsIgnoreCase(json.getString("token_type", ""))) {
            throw new ServiceCallFailed("platform_token_invalid", "The token answer has no bearer access_token.");
        }
        long expiresIn = json.containsKey("expires_in") ? json.getJsonNumber("expires_in").longValue() : 3600;
        Set<String> granted = json.containsKey("scope")
                ? Arrays.stream(json.getString("scope").trim().split("\\s+")).filter(s -> !s.isEmpty())
                        .collect(Collectors.toSet())
                : requested;
        return new AccessToken(token, granted, clock.instant().plusSeconds(expiresIn));
    }

    String assertion(Registration registration) {
        RSAKey key = keys.signingKey();
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(registration.clientId()).subject(registration.clientId())
                .audience(registration.tokenEndpoint().toString()).issueTime(Date.from(now))
                .expirationTime(Date.from(now.plusSeconds(ASSERTION_LIFETIME_SECONDS)))
                .jwtID(UUID.randomUUID().toString()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the client assertion", e);
        }
        return jwt.serialize();
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }
}
