package org.enhancedpractice.bench.jmh;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jwt.SignedJWT;
import java.net.URI;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.enhancedpractice.bench.BenchIdentity;
import org.enhancedpractice.bench.LaunchTokens;
import org.enhancedpractice.lti.launch.LaunchInput;
import org.enhancedpractice.lti.launch.LaunchValidator;
import org.enhancedpractice.lti.launch.LtiLaunch;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.lti.registry.Deployment;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.registry.RegistrationSource;
import org.enhancedpractice.lti.registry.RegistrationStatus;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The tool's {@link LaunchValidator#validate} on one pre-signed RS256 id_token, with the platform's key in an
 * {@link ImmutableJWKSet} (no HTTP) and a clock fixed ten seconds after the token was issued, so the token never
 * expires however long the run. {@code rs256VerifyOnly} is the floor: parsing plus the bare signature check.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class LaunchValidationBenchmark {
    static final Instant ISSUED = Instant.parse("2026-01-15T09:00:00Z");
    static final String NONCE = "jmh-nonce-6b1f0c";
    static final UUID REGISTRATION_ID = UUID.fromString("4f7d2a10-3c5e-4b8a-9d61-0a2b3c4d5e6f");
    static final UUID TENANT_ID = UUID.fromString("8a9b0c1d-2e3f-4a5b-8c7d-9e0f1a2b3c4d");

    private LaunchValidator validator;
    private LaunchInput input;
    private RSASSAVerifier verifier;

    @Setup
    public void signOneToken() throws JOSEException {
        RSAKey key = LaunchTokens.generateKey("jmh-platform-key");
        BenchIdentity identity = BenchIdentity.onLoopback(18099, "http://localhost:8080");
        String idToken = new LaunchTokens(key, identity).mint("jmh-learner", NONCE, ISSUED);
        Registration registration = registration(identity);
        Deployment deployment = new Deployment(REGISTRATION_ID, identity.deploymentId(), TENANT_ID,
                "Bench University", identity.issuer() + "/deployments/" + identity.deploymentId());
        LoginState state = new LoginState("jmh-state", NONCE, REGISTRATION_ID, identity.deploymentId(),
                identity.toolBase() + "/lti/launch", ISSUED.plusSeconds(300));
        input = new LaunchInput(idToken, state, registration, new ImmutableJWKSet<>(new JWKSet(key.toPublicJWK())),
                id -> id.equals(deployment.deploymentId()) ? Optional.of(deployment) : Optional.empty());
        validator = new LaunchValidator(Clock.fixed(ISSUED.plusSeconds(10), ZoneOffset.UTC), Duration.ofSeconds(30));
        verifier = new RSASSAVerifier(key.toRSAPublicKey());
        requireValidLaunch();
    }

    @Benchmark
    public LtiLaunch validate() {
        return validator.validate(input);
    }

    @Benchmark
    public boolean rs256VerifyOnly() throws ParseException, JOSEException {
        return SignedJWT.parse(input.idToken()).verify(verifier);
    }

    private static Registration registration(BenchIdentity identity) {
        return new Registration(REGISTRATION_ID, identity.issuer(), identity.clientId(), "Bench platform",
                URI.create(identity.issuer() + "/auth"), URI.create(identity.issuer() + "/token"),
                URI.create(identity.issuer() + "/jwks"), RegistrationStatus.ACTIVE, RegistrationSource.STATIC, false);
    }

    /** A benchmark of a validation that throws would measure the error path; fail the setup instead. */
    private void requireValidLaunch() throws JOSEException {
        LtiLaunch launch = validator.validate(input);
        if (!"jmh-learner".equals(launch.subject()) || !rs256VerifyOnlyUnchecked()) {
            throw new IllegalStateException("The benchmark token does not validate: " + launch);
        }
    }

    private boolean rs256VerifyOnlyUnchecked() throws JOSEException {
        try {
            return rs256VerifyOnly();
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
