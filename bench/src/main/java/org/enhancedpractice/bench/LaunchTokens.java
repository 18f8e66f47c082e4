package org.enhancedpractice.bench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * The bench platform's id_tokens: an LtiResourceLinkRequest for a learner, RS256 with a kid, shaped like what
 * Moodle sends. Thread-safe: the Nimbus signer takes a fresh {@code Signature} per call.
 */
public final class LaunchTokens {
    static final String CLAIM = "https://purl.imsglobal.org/spec/lti/claim/";
    static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String RESOURCE_TITLE = "Bench module: wound assessment in community practice";

    private final RSAKey key;
    private final RSASSASigner signer;
    private final BenchIdentity identity;

    public LaunchTokens(RSAKey key, BenchIdentity identity) {
        this.key = key;
        this.identity = identity;
        try {
            this.signer = new RSASSASigner(key);
        } catch (JOSEException e) {
            throw new IllegalStateException("Unusable RSA key", e);
        }
    }

    /** A fresh 2048-bit RS256 signing key; the kid is new every time so a running tool refetches the JWKS. */
    public static RSAKey generateKey(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256).keyID(kid)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot generate the bench platform key", e);
        }
    }

    public RSAKey publicKey() {
        return key.toPublicJWK();
    }

    /** The signed id_token the platform would form-post for {@code subject} after the login that chose {@code nonce}. */
    public String mint(String subject, String nonce, Instant now) {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims(subject, nonce, now));
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign an id_token", e);
        }
        return jwt.serialize();
    }

    JWTClaimsSet claims(String subject, String nonce, Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(identity.issuer()).audience(identity.clientId()).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", nonce)
                .claim("given_name", "Aoife").claim("family_name", "Ní Bhriain").claim("name", "Aoife Ní Bhriain")
                .claim(CLAIM + "message_type", "LtiResourceLinkRequest").claim(CLAIM + "version", "1.3.0")
                .claim(CLAIM + "deployment_id", identity.deploymentId())
                .claim(CLAIM + "target_link_uri", identity.toolBase() + "/lti/launch")
                .claim(CLAIM + "resource_link", Map.of("id", "bench-rl-1", "title", RESOURCE_TITLE))
                .claim(CLAIM + "roles", List.of(LEARNER))
                .claim(CLAIM + "context", Map.of("id", "bench-course-1", "label", "ECP-B1",
                        "title", "ECP bench cohort – community nursing"))
                .claim(CLAIM + "tool_platform", Map.of("name", "Bench platform", "product_family_code", "ept-bench"))
                .build();
    }
}
