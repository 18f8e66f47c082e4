package org.enhancedpractice.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.registry.RegistrationSource;
import org.enhancedpractice.lti.registry.RegistrationStatus;

/**
 * A Moodle-like platform made at test time: its own RSA keys (never committed), one registration with deployment
 * "1", and a valid LtiResourceLinkRequest claim set that each test breaks in exactly one way before signing.
 * Claim names are spelt out from LTI Core 1.3 here rather than taken from {@code LtiClaims}, so a typo there fails.
 */
final class TestLaunchPlatform {
    static final String ISSUER = "https://moodle.example.ac.uk";
    static final String CLIENT_ID = "tool-client-1";
    static final String KID = "moodle-2026-11";
    static final String NONCE = "c0a1e5b2-7f3d-4e8a-9b61-3f2d8c4a0e17";
    static final String STATE = "8d7e6f50-2b1c-4a39-8e07-6c5d4b3a2f10";
    static final Instant NOW = Instant.parse("2026-11-24T10:15:30Z");
    static final UUID REGISTRATION_ID = UUID.fromString("5b0f4a8e-1c2d-4e3f-8a9b-0c1d2e3f4a5b");
    static final UUID TENANT_ID = UUID.fromString("9e8d7c6b-5a49-4837-8261-5f4e3d2c1b0a");
    static final String TARGET_LINK_URI = "http://localhost:8080/lti/launch";

    static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String MESSAGE_TYPE = LTI + "message_type";
    static final String VERSION = LTI + "version";
    static final String DEPLOYMENT_ID = LTI + "deployment_id";
    static final String TARGET = LTI + "target_link_uri";
    static final String RESOURCE_LINK = LTI + "resource_link";
    static final String ROLES = LTI + "roles";
    static final String CONTEXT = LTI + "context";
    static final String DEEP_LINKING_SETTINGS = "https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings";

    static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";
    static final String LEARNER = MEMBERSHIP + "Learner";
    static final String INSTRUCTOR = MEMBERSHIP + "Instructor";
    static final String MENTOR = MEMBERSHIP + "Mentor";

    /** Generated once per test run: 2048-bit generation is slow enough to matter across fifty tests. */
    static final RSAKey PLATFORM_KEY = generate(KID);
    /** Another key pair that claims the platform's kid. */
    static final RSAKey IMPOSTER_KEY = generate(KID);
    /** A key pair the platform does not publish. */
    static final RSAKey UNPUBLISHED_KEY = generate("moodle-2025-01-retired");

    static final Deployment DEPLOYMENT = new Deployment(REGISTRATION_ID, "1", TENANT_ID, "Example University",
            "https://moodle.example.ac.uk");

    private TestLaunchPlatform() {
    }

    static Registration registration() {
        return new Registration(REGISTRATION_ID, ISSUER, CLIENT_ID, "Moodle at Example University",
                URI.create(ISSUER + "/mod/lti/auth.php"), URI.create(ISSUER + "/mod/lti/token.php"),
                URI.create(ISSUER + "/mod/lti/certs.php"), RegistrationStatus.ACTIVE, RegistrationSource.STATIC, false);
    }

    static JWKSource<SecurityContext> publishedKeys() {
        return new ImmutableJWKSet<>(new JWKSet(PLATFORM_KEY.toPublicJWK()));
    }

    static Function<String, Optional<Deployment>> deployments() {
        return id -> DEPLOYMENT.deploymentId().equals(id) ? Optional.of(DEPLOYMENT) : Optional.empty();
    }

    static LoginState loginState(String deploymentHint) {
        return new LoginState(STATE, NONCE, REGISTRATION_ID, deploymentHint, TARGET_LINK_URI, NOW.plusSeconds(300),
                org.enhancedpractice.lti.login.BrowserBinding.cookie(),
                new org.enhancedpractice.lti.login.LoginHints("moodle-user-42", null));
    }

    /** What Moodle sends a learner opening an activity: every claim this tool reads, all valid. */
    static Map<String, Object> resourceLinkClaims() {
        Map<String, Object> claims = new LinkedHashMap<>();
        claims.put("iss", ISSUER);
        claims.put("aud", CLIENT_ID);
        claims.put("sub", "moodle-user-42");
        claims.put("exp", NOW.plusSeconds(60).getEpochSecond());
        claims.put("iat", NOW.getEpochSecond());
        claims.put("nonce", NONCE);
        claims.put("name", "Ada Lovelace");
        claims.put("given_name", "Ada");
        claims.put("family_name", "Lovelace");
        claims.put("email", "ada.lovelace@example.ac.uk");
        claims.put(VERSION, "1.3.0");
        claims.put(MESSAGE_TYPE, "LtiResourceLinkRequest");
        claims.put(DEPLOYMENT_ID, "1");
        claims.put(TARGET, TARGET_LINK_URI);
        claims.put(RESOURCE_LINK, Map.of("id", "rl-42", "title", "Week 1: Reflective practice"));
        claims.put(ROLES, List.of(LEARNER));
        claims.put(CONTEXT, Map.of("id", "course-7", "label", "ECP101", "title", "Enhanced Clinical Practice"));
        return claims;
    }

    static Map<String, Object> deepLinkingClaims() {
        Map<String, Object> claims = resourceLinkClaims();
        claims.remove(RESOURCE_LINK);
        claims.put(MESSAGE_TYPE, "LtiDeepLinkingRequest");
        claims.put(ROLES, List.of(INSTRUCTOR));
        claims.put(DEEP_LINKING_SETTINGS, Map.of(
                "deep_link_return_url", ISSUER + "/mod/lti/contentitem_return.php",
                "accept_types", List.of("ltiResourceLink"),
                "accept_presentation_document_targets", List.of("iframe", "window"),
                "data", "opaque-platform-data"));
        return claims;
    }

    static String sign(Map<String, Object> claims) {
        return sign(claims, PLATFORM_KEY, KID);
    }

    static String sign(Map<String, Object> claims, RSAKey key, String kid) {
        return sign(claims, new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), rsaSigner(key));
    }

    static String sign(Map<String, Object> claims, JWSHeader header, JWSSigner signer) {
        try {
            SignedJWT jwt = new SignedJWT(header, JWTClaimsSet.parse(claims));
            jwt.sign(signer);
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Signs a payload given as raw JSON, for shapes the claim-set builder would not produce. */
    static String signRawPayload(String json) {
        try {
            JWSObject jws = new JWSObject(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(KID).build(),
                    new Payload(json));
            jws.sign(rsaSigner(PLATFORM_KEY));
            return jws.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JWSSigner rsaSigner(RSAKey key) {
        try {
            return new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
