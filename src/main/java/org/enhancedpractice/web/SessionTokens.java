package org.enhancedpractice.web;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.enhancedpractice.platform.PlatformSecrets;
import org.enhancedpractice.platform.ToolSettings;

/** Issues and checks the post-launch session token (RFC 7519, HS256 with a persisted 256-bit secret). */
@ApplicationScoped
public class SessionTokens {
    static final String SECRET_NAME = "session-hmac";
    static final String AUDIENCE = "ept-session";

    @Inject PlatformSecrets secrets;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    private MACSigner signer;
    private MACVerifier verifier;

    @PostConstruct
    void init() {
        try {
            byte[] secret = secrets.secret(SECRET_NAME);
            signer = new MACSigner(secret);
            verifier = new MACVerifier(secret);
        } catch (JOSEException e) {
            throw new IllegalStateException("Session secret unusable", e);
        }
    }

    public String issue(SessionClaims session) {
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(settings.baseUrl()).audience(AUDIENCE).subject(session.subject())
                .issueTime(Date.from(now)).expirationTime(Date.from(session.expiresAt()))
                .claim("reg", session.registrationId()).claim("dep", session.deploymentId())
                .claim("ten", session.tenantId()).claim("role", session.role()).claim("lti_roles", session.ltiRoles())
                .claim("rl", session.resourceLinkId()).claim("rl_title", session.resourceLinkTitle())
                .claim("ctx_title", session.contextTitle()).claim("stmt", session.launchStatementId())
                .claim("nrps", session.membershipsUrl()).claim("home", session.actorHomePage())
                .claim("ctx", session.contextId()).claim("mod", session.module()).claim("unit", session.unit())
                .claim("dl", session.deepLinkingSettings())
                .build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign session token", e);
        }
        return jwt.serialize();
    }

    /** Empty when the token is malformed, forged, for another audience or expired: callers answer 401. */
    public Optional<SessionClaims> verify(String token) {
        try {
            SignedJWT jwt = SignedJWT.parse(token);
            if (!JWSAlgorithm.HS256.equals(jwt.getHeader().getAlgorithm()) || !jwt.verify(verifier)) {
                return Optional.empty();
            }
            JWTClaimsSet c = jwt.getJWTClaimsSet();
            if (c.getAudience() == null || !c.getAudience().contains(AUDIENCE) || c.getExpirationTime() == null
                    || !c.getExpirationTime().toInstant().isAfter(clock.instant())) {
                return Optional.empty();
            }
            List<String> roles = c.getStringListClaim("lti_roles");
            return Optional.of(new SessionClaims(c.getStringClaim("reg"), c.getStringClaim("dep"),
                    c.getStringClaim("ten"), c.getSubject(), c.getStringClaim("role"), roles == null ? List.of() : roles,
                    c.getStringClaim("rl"), c.getStringClaim("rl_title"), c.getStringClaim("ctx_title"),
                    c.getStringClaim("stmt"), c.getStringClaim("nrps"), c.getExpirationTime().toInstant(),
                    c.getStringClaim("home"), c.getStringClaim("ctx"), c.getStringClaim("mod"),
                    c.getStringClaim("unit"), c.getStringClaim("dl")));
        } catch (ParseException | JOSEException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
