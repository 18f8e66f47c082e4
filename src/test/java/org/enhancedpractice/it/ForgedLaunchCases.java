package org.enhancedpractice.it;

import static org.enhancedpractice.it.TestPlatform.LTI;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Forged or malformed launches, each with the error code the tool must answer. Every case starts from a real
 * login (fresh state and nonce) at the static test platform, so only the one defect differs from a valid launch.
 */
final class ForgedLaunchCases {
    private ForgedLaunchCases() {
    }

    /** What a case sends: the id_token and the state. */
    record Attempt(String idToken, String state) {
    }

    /** A case: its name, the expected error code, whether login names the deployment, and the forgery. */
    record Case(String name, String expectedCode, boolean loginNamesDeployment, Forgery forgery) {
    }

    @FunctionalInterface
    interface Forgery {
        Attempt forge(TestPlatform platform, String nonce, String state);
    }

    static List<Case> all() {
        RSAKey intruder = generate("it-platform-key-1");
        return List.of(
                new Case("garbage instead of a JWT", "launch_malformed_token", true, (p, n, s) -> new Attempt("not-a-jwt", s)),
                new Case("unsigned JWT (alg none)", "launch_malformed_token", true,
                        (p, n, s) -> new Attempt(new PlainJWT(valid(p, n).build()).serialize(), s)),
                new Case("HS256 signature", "launch_unsupported_algorithm", true, (p, n, s) -> new Attempt(hs256(valid(p, n).build()), s)),
                new Case("no kid", "launch_missing_kid", true,
                        (p, n, s) -> new Attempt(TestPlatform.sign(valid(p, n).build(), p.key(), null), s)),
                new Case("kid the platform does not publish", "launch_unknown_kid", true,
                        (p, n, s) -> new Attempt(TestPlatform.sign(valid(p, n).build(), p.key(), "rotated-away"), s)),
                new Case("signed by an intruder's key under the platform's kid", "launch_invalid_signature", true,
                        (p, n, s) -> new Attempt(TestPlatform.sign(valid(p, n).build(), intruder, intruder.getKeyID()), s)),
                claims("another issuer", "launch_issuer_mismatch", c -> c.issuer("https://evil.example")),
                claims("another audience", "launch_audience_mismatch", c -> c.audience("someone-else")),
                claims("several audiences without azp", "launch_azp_mismatch", c -> c.audience(List.of("static-client", "x"))),
                claims("expired ten minutes ago", "launch_expired", c -> c.expirationTime(ago(600)).issueTime(ago(660))),
                claims("issued in the future", "launch_issued_in_future", c -> c.issueTime(Date.from(Instant.now().plusSeconds(600)))),
                claims("nonce from another login", "launch_nonce_mismatch", c -> c.claim("nonce", "not-the-nonce")),
                claims("no LTI version", "launch_missing_version", c -> c.claim(LTI + "version", null)),
                claims("LTI 1.1 version", "launch_wrong_version", c -> c.claim(LTI + "version", "1.1.0")),
                claims("plain OIDC token, not an LTI message", "launch_missing_version",
                        c -> c.claim(LTI + "version", null).claim(LTI + "message_type", null).claim(LTI + "roles", null)),
                claims("no message type", "launch_missing_message_type", c -> c.claim(LTI + "message_type", null)),
                claims("unsupported message type", "launch_unsupported_message_type",
                        c -> c.claim(LTI + "message_type", "LtiSubmissionReviewRequest")),
                claims("no deployment id", "launch_missing_deployment_id", c -> c.claim(LTI + "deployment_id", null)),
                new Case("deployment not registered for this platform", "launch_unknown_deployment", false,
                        (p, n, s) -> new Attempt(p.sign(valid(p, n).claim(LTI + "deployment_id", "site-z").build()), s)),
                claims("deployment differs from the one at login", "launch_deployment_mismatch",
                        c -> c.claim(LTI + "deployment_id", "site-b")),
                claims("no sub", "launch_missing_sub", c -> c.subject(null)),
                claims("no roles claim", "launch_missing_roles", c -> c.claim(LTI + "roles", null)),
                claims("no resource link", "launch_missing_resource_link", c -> c.claim(LTI + "resource_link", null)),
                claims("no target link", "launch_missing_target_link_uri", c -> c.claim(LTI + "target_link_uri", null)),
                new Case("state never issued", "launch_unknown_state", true,
                        (p, n, s) -> new Attempt(p.sign(valid(p, n).build()), "made-up-state")));
    }

    private static Case claims(String name, String code, UnaryOperator<JWTClaimsSet.Builder> change) {
        return new Case(name, code, true, (p, n, s) -> new Attempt(p.sign(change.apply(valid(p, n)).build()), s));
    }

    static JWTClaimsSet.Builder valid(TestPlatform platform, String nonce) {
        return platform.launchClaims("forger-1", nonce);
    }

    private static Date ago(int seconds) {
        return Date.from(Instant.now().minusSeconds(seconds));
    }

    private static String hs256(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("it-platform-key-1").build(), claims);
            jwt.sign(new MACSigner("a-shared-secret-of-at-least-256-bits!!".getBytes()));
            return jwt.serialize();
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
