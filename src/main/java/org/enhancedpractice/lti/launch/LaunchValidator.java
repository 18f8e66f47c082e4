package org.enhancedpractice.lti.launch;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.BadJWSException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;

/**
 * Validates an id_token against its login state, in the order of Security Framework 1.0 §5.1.3, then the LTI
 * message rules. Stateless and free of container types, so every rule has a unit test with a real signed JWT.
 */
public final class LaunchValidator {
    private final Clock clock;
    private final Duration clockSkew;

    public LaunchValidator(Clock clock, Duration clockSkew) {
        this.clock = clock;
        this.clockSkew = clockSkew;
    }

    public LtiLaunch validate(LaunchInput input) {
        SignedJWT jwt = parse(input.idToken());
        JWTClaimsSet claims = verifySignature(jwt, input);
        Registration registration = input.registration();
        checkIssuer(claims, registration);
        checkAudience(claims, registration);
        checkTimes(claims);
        checkNonce(claims, input.state().nonce());
        LtiMessage message = new LtiMessage(claims);
        String messageType = message.checkVersionAndType();
        Deployment deployment = checkDeployment(message, input);
        return message.toLaunch(registration, deployment, messageType);
    }

    private static SignedJWT parse(String idToken) {
        try {
            return SignedJWT.parse(idToken);
        } catch (ParseException | RuntimeException e) {
            throw LtiError.LAUNCH_MALFORMED_TOKEN.problem("id_token is not a compact JWS: " + e.getMessage());
        }
    }

    /** §5.1.3 steps 1 and 5: RS256 only, key chosen by kid from the platform's JWKS (refreshed on an unknown kid). */
    private static JWTClaimsSet verifySignature(SignedJWT jwt, LaunchInput input) {
        JWSHeader header = jwt.getHeader();
        if (!JWSAlgorithm.RS256.equals(header.getAlgorithm())) {
            throw LtiError.LAUNCH_UNSUPPORTED_ALGORITHM.problem("alg is " + header.getAlgorithm() + "; only RS256 is accepted.");
        }
        if (header.getKeyID() == null || header.getKeyID().isBlank()) {
            throw LtiError.LAUNCH_MISSING_KID.problem("The JWS header has no kid (Security Framework §6.3).");
        }
        JWSVerificationKeySelector<SecurityContext> selector =
                new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, input.platformKeys());
        try {
            if (selector.selectJWSKeys(header, null).isEmpty()) {
                throw LtiError.LAUNCH_UNKNOWN_KID.problem("The platform's JWKS has no RS256 key with kid '"
                        + header.getKeyID() + "'.");
            }
            DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
            processor.setJWSKeySelector(selector);
            processor.setJWTClaimsSetVerifier(null); // claims are checked below with the injected clock
            return processor.process(jwt, null);
        } catch (KeySourceException e) {
            throw LtiError.LAUNCH_PLATFORM_KEYS_UNAVAILABLE.problem("Fetching " + input.registration().jwksUri()
                    + " failed: " + e.getMessage());
        } catch (BadJWSException | JOSEException e) {
            throw LtiError.LAUNCH_INVALID_SIGNATURE.problem("Signature check failed: " + e.getMessage());
        } catch (BadJOSEException e) {
            // Nimbus parses the claim set before checking the signature: a claim of the wrong JSON type lands here.
            throw LtiError.LAUNCH_INVALID_CLAIM.problem("The claims cannot be read: " + e.getMessage());
        }
    }

    /** §5.1.3 step 2: the issuer must match the registration exactly. */
    private static void checkIssuer(JWTClaimsSet claims, Registration registration) {
        if (!registration.issuer().equals(claims.getIssuer())) {
            throw LtiError.LAUNCH_ISSUER_MISMATCH.problem("iss is '" + claims.getIssuer() + "', expected '"
                    + registration.issuer() + "'.");
        }
    }

    /**
     * §5.1.3 steps 3–4: aud contains our client_id; with several audiences azp must be present and be our
     * client_id. With a single audience a differing azp is tolerated: Blackboard sends one (see docs/lti.md).
     */
    private static void checkAudience(JWTClaimsSet claims, Registration registration) {
        List<String> audience = claims.getAudience();
        if (audience == null || !audience.contains(registration.clientId())) {
            throw LtiError.LAUNCH_AUDIENCE_MISMATCH.problem("aud " + audience + " does not contain client_id '"
                    + registration.clientId() + "'.");
        }
        Object azp = claims.getClaim("azp");
        if (audience.size() > 1 && !registration.clientId().equals(azp)) {
            throw LtiError.LAUNCH_AZP_MISMATCH.problem("aud has " + audience.size() + " values, so azp must be '"
                    + registration.clientId() + "', was '" + azp + "'.");
        }
    }

    /** §5.1.3 steps 7–8: exp in the future, iat not in the future, both with a small leeway. */
    private void checkTimes(JWTClaimsSet claims) {
        Instant now = clock.instant();
        Date exp = claims.getExpirationTime();
        Date iat = claims.getIssueTime();
        if (exp == null) {
            throw LtiError.LAUNCH_MISSING_EXP.problem("The id_token has no exp claim.");
        }
        if (iat == null) {
            throw LtiError.LAUNCH_MISSING_IAT.problem("The id_token has no iat claim.");
        }
        if (exp.toInstant().plus(clockSkew).isBefore(now)) {
            throw LtiError.LAUNCH_EXPIRED.problem("exp " + exp.toInstant() + " is before " + now + ".");
        }
        if (iat.toInstant().minus(clockSkew).isAfter(now)) {
            throw LtiError.LAUNCH_ISSUED_IN_FUTURE.problem("iat " + iat.toInstant() + " is after " + now + ".");
        }
    }

    /** §5.1.3 step 9: the nonce is the one this login stored; the state holding it is already consumed. */
    private static void checkNonce(JWTClaimsSet claims, String expected) {
        Object nonce = claims.getClaim("nonce");
        if (!expected.equals(nonce)) {
            throw LtiError.LAUNCH_NONCE_MISMATCH.problem("The nonce does not belong to this login.");
        }
    }

    /** Core §5.3.3: the deployment must be one of this registration's, and the one named at login, if any. */
    private static Deployment checkDeployment(LtiMessage message, LaunchInput input) {
        String deploymentId = message.requiredString(LtiClaims.DEPLOYMENT_ID, LtiError.LAUNCH_MISSING_DEPLOYMENT_ID);
        String hint = input.state().deploymentHint();
        if (hint != null && !hint.equals(deploymentId)) {
            throw LtiError.LAUNCH_DEPLOYMENT_MISMATCH.problem("Login named deployment '" + hint + "', the id_token '"
                    + deploymentId + "'.");
        }
        return input.deployments().apply(deploymentId).orElseThrow(() -> LtiError.LAUNCH_UNKNOWN_DEPLOYMENT.problem(
                "Deployment '" + deploymentId + "' is not registered for issuer '" + input.registration().issuer()
                        + "' and client '" + input.registration().clientId() + "'."));
    }

}
