package org.enhancedpractice.lti.launch;

import static org.enhancedpractice.lti.launch.TestLaunchPlatform.CLIENT_ID;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.CONTEXT;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.DEEP_LINKING_SETTINGS;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.DEPLOYMENT;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.DEPLOYMENT_ID;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.IMPOSTER_KEY;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.INSTRUCTOR;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.KID;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.LEARNER;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.MENTOR;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.MESSAGE_TYPE;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.NOW;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.PLATFORM_KEY;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.RESOURCE_LINK;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.ROLES;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.TARGET;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.TARGET_LINK_URI;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.UNPUBLISHED_KEY;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.VERSION;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.deepLinkingClaims;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.resourceLinkClaims;
import static org.enhancedpractice.lti.launch.TestLaunchPlatform.sign;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.login.LoginState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Security Framework 1.0 §5.1.3 and LTI Core 1.3 §5.3–5.4: one bad payload per rule, then the accepted variants. */
class LaunchValidatorTest {
    private static final Duration SKEW = Duration.ofSeconds(30);

    private final LaunchValidator validator = new LaunchValidator(Clock.fixed(NOW, ZoneOffset.UTC), SKEW);

    private LtiLaunch launch(String idToken) {
        return launch(idToken, TestLaunchPlatform.loginState(null), TestLaunchPlatform.publishedKeys());
    }

    private LtiLaunch launch(String idToken, LoginState state, JWKSource<SecurityContext> keys) {
        return validator.validate(new LaunchInput(idToken, state, TestLaunchPlatform.registration(), keys,
                TestLaunchPlatform.deployments()));
    }

    private LtiLaunch launch(Map<String, Object> claims) {
        return launch(sign(claims));
    }

    private static void assertRejected(LtiError expected, Executable launch) {
        LtiError.LtiProblem problem = assertThrows(LtiError.LtiProblem.class, launch);
        assertEquals(expected, problem.error(), problem.getMessage());
    }

    private void assertRejected(LtiError expected, Map<String, Object> claims) {
        String token = sign(claims);
        assertRejected(expected, () -> launch(token));
    }

    private static Map<String, Object> withClaim(String name, Object value) {
        Map<String, Object> claims = resourceLinkClaims();
        claims.put(name, value);
        return claims;
    }

    private static Map<String, Object> without(String name) {
        Map<String, Object> claims = resourceLinkClaims();
        claims.remove(name);
        return claims;
    }

    @Nested
    class TokenAndSignature {
        @Test
        void rejectsTokenThatIsNotACompactJws() {
            assertRejected(LtiError.LAUNCH_MALFORMED_TOKEN, () -> launch("not-a-jwt"));
        }

        @Test
        void rejectsTokenWithUnparseableHeader() {
            assertRejected(LtiError.LAUNCH_MALFORMED_TOKEN, () -> launch("abc.def.ghi"));
        }

        @Test
        void rejectsUnsecuredToken() {
            String header = base64Url("{\"alg\":\"none\"}");
            String token = header + "." + base64Url("{\"iss\":\"" + TestLaunchPlatform.ISSUER + "\"}") + ".";
            assertRejected(LtiError.LAUNCH_MALFORMED_TOKEN, () -> launch(token));
        }

        @Test
        void rejectsHmacSignedToken() throws JOSEException {
            byte[] secret = "a-shared-secret-of-32-bytes-long".getBytes(StandardCharsets.UTF_8);
            String token = sign(resourceLinkClaims(), new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(KID).build(),
                    new MACSigner(secret));
            assertRejected(LtiError.LAUNCH_UNSUPPORTED_ALGORITHM, () -> launch(token));
        }

        @Test
        void rejectsRsaAlgorithmsOtherThanRs256() throws JOSEException {
            String token = sign(resourceLinkClaims(), new JWSHeader.Builder(JWSAlgorithm.RS512).keyID(KID).build(),
                    new RSASSASigner(PLATFORM_KEY));
            assertRejected(LtiError.LAUNCH_UNSUPPORTED_ALGORITHM, () -> launch(token));
        }

        @Test
        void rejectsTokenWithoutKid() throws JOSEException {
            String token = sign(resourceLinkClaims(), new JWSHeader.Builder(JWSAlgorithm.RS256).build(),
                    new RSASSASigner(PLATFORM_KEY));
            assertRejected(LtiError.LAUNCH_MISSING_KID, () -> launch(token));
        }

        @Test
        void rejectsTokenWhoseKidThePlatformDoesNotPublish() {
            String token = sign(resourceLinkClaims(), UNPUBLISHED_KEY, UNPUBLISHED_KEY.getKeyID());
            assertRejected(LtiError.LAUNCH_UNKNOWN_KID, () -> launch(token));
        }

        @Test
        void rejectsTokenSignedByAnotherKeyUnderThePlatformsKid() {
            String token = sign(resourceLinkClaims(), IMPOSTER_KEY, KID);
            assertRejected(LtiError.LAUNCH_INVALID_SIGNATURE, () -> launch(token));
        }

        @Test
        void rejectsTokenWhosePayloadWasChangedAfterSigning() {
            String[] parts = sign(resourceLinkClaims()).split("\\.");
            String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
            String tampered = payload.replace("moodle-user-42", "moodle-user-1");
            assertTrue(tampered.contains("moodle-user-1"), "the test must really change the payload");
            String token = parts[0] + "." + base64Url(tampered) + "." + parts[2];
            assertRejected(LtiError.LAUNCH_INVALID_SIGNATURE, () -> launch(token));
        }

        @Test
        void reportsUnreachablePlatformKeysAsUnavailable() {
            JWKSource<SecurityContext> unreachable = (selector, context) -> {
                throw new KeySourceException("Connect timed out");
            };
            String token = sign(resourceLinkClaims());
            assertRejected(LtiError.LAUNCH_PLATFORM_KEYS_UNAVAILABLE,
                    () -> launch(token, TestLaunchPlatform.loginState(null), unreachable));
        }

        @Test
        void verifiesWithTheKeysOfTheGivenSource() {
            AtomicInteger lookups = new AtomicInteger();
            JWKSource<SecurityContext> published = TestLaunchPlatform.publishedKeys();
            JWKSource<SecurityContext> counting = (selector, context) -> {
                lookups.incrementAndGet();
                return published.get(selector, context);
            };
            launch(sign(resourceLinkClaims()), TestLaunchPlatform.loginState(null), counting);
            assertTrue(lookups.get() > 0, "the platform's JWK source was never asked for a key");
        }

        private static String base64Url(String json) {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Nested
    class IdTokenClaims {
        @Test
        void rejectsTokenFromAnotherIssuer() {
            assertRejected(LtiError.LAUNCH_ISSUER_MISMATCH, withClaim("iss", "https://moodle.other.ac.uk"));
        }

        @Test
        void rejectsIssuerThatDiffersOnlyByTrailingSlash() {
            assertRejected(LtiError.LAUNCH_ISSUER_MISMATCH, withClaim("iss", TestLaunchPlatform.ISSUER + "/"));
        }

        @Test
        void rejectsTokenWithoutIssuer() {
            assertRejected(LtiError.LAUNCH_ISSUER_MISMATCH, without("iss"));
        }

        @Test
        void rejectsAudienceWithoutOurClientId() {
            assertRejected(LtiError.LAUNCH_AUDIENCE_MISMATCH, withClaim("aud", "tool-client-2"));
        }

        @Test
        void rejectsTokenWithoutAudience() {
            assertRejected(LtiError.LAUNCH_AUDIENCE_MISMATCH, without("aud"));
        }

        @Test
        void rejectsAudienceArrayWithoutAzp() {
            assertRejected(LtiError.LAUNCH_AZP_MISMATCH, withClaim("aud", List.of(CLIENT_ID, "another-tool")));
        }

        @Test
        void rejectsAudienceArrayWithAnotherAzp() {
            Map<String, Object> claims = withClaim("aud", List.of(CLIENT_ID, "another-tool"));
            claims.put("azp", "another-tool");
            assertRejected(LtiError.LAUNCH_AZP_MISMATCH, claims);
        }

        @Test
        void rejectsTokenWithoutExp() {
            assertRejected(LtiError.LAUNCH_MISSING_EXP, without("exp"));
        }

        @Test
        void rejectsTokenExpiredBeyondTheClockSkew() {
            assertRejected(LtiError.LAUNCH_EXPIRED, withClaim("exp", NOW.minusSeconds(31).getEpochSecond()));
        }

        @Test
        void rejectsTokenWithoutIat() {
            assertRejected(LtiError.LAUNCH_MISSING_IAT, without("iat"));
        }

        @Test
        void rejectsTokenIssuedBeyondTheClockSkewInTheFuture() {
            assertRejected(LtiError.LAUNCH_ISSUED_IN_FUTURE, withClaim("iat", NOW.plusSeconds(31).getEpochSecond()));
        }

        @Test
        void rejectsNonceOfAnotherLogin() {
            assertRejected(LtiError.LAUNCH_NONCE_MISMATCH, withClaim("nonce", "3e2d1c0b-aaaa-4bbb-8ccc-0d9e8f7a6b5c"));
        }

        @Test
        void rejectsTokenWithoutNonce() {
            assertRejected(LtiError.LAUNCH_NONCE_MISMATCH, without("nonce"));
        }
    }

    @Nested
    class LtiMessageClaims {
        @Test
        void rejectsMessageWithoutVersion() {
            assertRejected(LtiError.LAUNCH_MISSING_VERSION, without(VERSION));
        }

        @Test
        void rejectsLti11Version() {
            assertRejected(LtiError.LAUNCH_WRONG_VERSION, withClaim(VERSION, "1.1.0"));
        }

        @Test
        void rejectsPlainOpenIdConnectTokenAsNotAnLtiMessage() {
            Map<String, Object> oidcOnly = new java.util.LinkedHashMap<>();
            for (String claim : List.of("iss", "aud", "sub", "exp", "iat", "nonce", "name", "email")) {
                oidcOnly.put(claim, resourceLinkClaims().get(claim));
            }
            assertRejected(LtiError.LAUNCH_MISSING_VERSION, oidcOnly);
        }

        @Test
        void rejectsMessageWithoutMessageType() {
            assertRejected(LtiError.LAUNCH_MISSING_MESSAGE_TYPE, without(MESSAGE_TYPE));
        }

        @Test
        void rejectsUnsupportedMessageType() {
            assertRejected(LtiError.LAUNCH_UNSUPPORTED_MESSAGE_TYPE,
                    withClaim(MESSAGE_TYPE, "LtiSubmissionReviewRequest"));
        }

        @Test
        void rejectsMessageWithoutDeploymentId() {
            assertRejected(LtiError.LAUNCH_MISSING_DEPLOYMENT_ID, without(DEPLOYMENT_ID));
        }

        @Test
        void rejectsNumericDeploymentId() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(DEPLOYMENT_ID, 1));
        }

        @Test
        void rejectsDeploymentNotRegisteredForThisPlatform() {
            assertRejected(LtiError.LAUNCH_UNKNOWN_DEPLOYMENT, withClaim(DEPLOYMENT_ID, "7"));
        }

        @Test
        void rejectsDeploymentOtherThanTheOneNamedAtLogin() {
            String token = sign(resourceLinkClaims());
            assertRejected(LtiError.LAUNCH_DEPLOYMENT_MISMATCH,
                    () -> launch(token, TestLaunchPlatform.loginState("2"), TestLaunchPlatform.publishedKeys()));
        }

        @Test
        void rejectsMessageWithoutSub() {
            assertRejected(LtiError.LAUNCH_MISSING_SUB, without("sub"));
        }

        @Test
        void rejectsMessageWithoutRoles() {
            assertRejected(LtiError.LAUNCH_MISSING_ROLES, without(ROLES));
        }

        @Test
        void rejectsRolesThatAreNotAnArray() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(ROLES, LEARNER));
        }

        @Test
        void rejectsRolesArrayWithANonString() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(ROLES, List.of(LEARNER, 3)));
        }

        @Test
        void rejectsResourceLinkRequestWithoutResourceLink() {
            assertRejected(LtiError.LAUNCH_MISSING_RESOURCE_LINK, without(RESOURCE_LINK));
        }

        @Test
        void rejectsResourceLinkWithoutId() {
            assertRejected(LtiError.LAUNCH_MISSING_RESOURCE_LINK, withClaim(RESOURCE_LINK, Map.of("title", "Week 1")));
        }

        @Test
        void rejectsResourceLinkIdLongerThan255Characters() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(RESOURCE_LINK, Map.of("id", "r".repeat(256))));
        }

        @Test
        void rejectsResourceLinkThatIsNotAnObject() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(RESOURCE_LINK, "rl-42"));
        }

        @Test
        void rejectsMessageWithoutTargetLinkUri() {
            assertRejected(LtiError.LAUNCH_MISSING_TARGET_LINK_URI, without(TARGET));
        }

        @Test
        void rejectsDeepLinkingRequestWithoutSettings() {
            Map<String, Object> claims = deepLinkingClaims();
            claims.remove(DEEP_LINKING_SETTINGS);
            assertRejected(LtiError.LAUNCH_MISSING_DEEP_LINKING_SETTINGS, claims);
        }

        @Test
        void rejectsContextWithoutId() {
            assertRejected(LtiError.LAUNCH_INVALID_CLAIM, withClaim(CONTEXT, Map.of("label", "ECP101")));
        }
    }

    @Nested
    class AcceptedLaunches {
        @Test
        void acceptsLearnerLaunchWithEveryClaim() {
            LtiLaunch launch = launch(resourceLinkClaims());

            assertEquals(TestLaunchPlatform.registration(), launch.registration());
            assertSame(DEPLOYMENT, launch.deployment());
            assertEquals("LtiResourceLinkRequest", launch.messageType());
            assertEquals("moodle-user-42", launch.subject());
            assertEquals(List.of(LEARNER), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.LEARNER, launch.roles().toolRole());
            assertEquals(new LtiLaunch.ResourceLink("rl-42", "Week 1: Reflective practice", null), launch.resourceLink());
            assertEquals(new LtiLaunch.LaunchContext("course-7", "ECP101", "Enhanced Clinical Practice"),
                    launch.context());
            assertEquals(new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", "ada.lovelace@example.ac.uk"),
                    launch.person());
            assertEquals(TARGET_LINK_URI, launch.targetLinkUri());
            assertEquals(Map.of("id", "rl-42", "title", "Week 1: Reflective practice"), launch.claims().get(RESOURCE_LINK));
        }

        @Test
        void acceptsInstructorLaunch() {
            LtiLaunch launch = launch(withClaim(ROLES, List.of(INSTRUCTOR)));
            assertEquals(List.of(INSTRUCTOR), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.TUTOR, launch.roles().toolRole());
        }

        @Test
        void acceptsMultipleRolesAndKeepsTheirOrder() {
            LtiLaunch launch = launch(withClaim(ROLES, List.of(LEARNER, MENTOR, INSTRUCTOR)));
            assertEquals(List.of(LEARNER, MENTOR, INSTRUCTOR), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.TUTOR, launch.roles().toolRole());
        }

        @Test
        void acceptsShortRoleNames() {
            LtiLaunch launch = launch(withClaim(ROLES, List.of("Instructor")));
            assertEquals(List.of(INSTRUCTOR), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.TUTOR, launch.roles().toolRole());
        }

        @Test
        void acceptsUnknownRoleAsNoCourseRole() {
            String custodian = "http://example.ac.uk/roles#Custodian";
            LtiLaunch launch = launch(withClaim(ROLES, List.of(custodian)));
            assertEquals(List.of(custodian), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.NONE, launch.roles().toolRole());
        }

        @Test
        void acceptsEmptyRoles() {
            LtiLaunch launch = launch(withClaim(ROLES, List.of()));
            assertEquals(List.of(), launch.roles().uris());
            assertEquals(LtiRoles.ToolRole.NONE, launch.roles().toolRole());
        }

        @Test
        void acceptsEmailWithoutNames() {
            Map<String, Object> claims = withoutPersonalData();
            claims.put("email", "ada.lovelace@example.ac.uk");
            assertEquals(new LtiLaunch.Person(null, null, null, "ada.lovelace@example.ac.uk"), launch(claims).person());
        }

        @Test
        void acceptsNamesWithoutEmail() {
            Map<String, Object> claims = resourceLinkClaims();
            claims.remove("email");
            assertEquals(new LtiLaunch.Person("Ada Lovelace", "Ada", "Lovelace", null), launch(claims).person());
        }

        @Test
        void acceptsLaunchWithoutPersonalData() {
            LtiLaunch launch = launch(withoutPersonalData());
            assertEquals("moodle-user-42", launch.subject());
            assertEquals(new LtiLaunch.Person(null, null, null, null), launch.person());
        }

        @Test
        void acceptsLaunchWithoutContext() {
            assertNull(launch(without(CONTEXT)).context());
        }

        @Test
        void acceptsLearnerLaunchWithOnlyTheRequiredClaims() {
            Map<String, Object> claims = withoutPersonalData();
            claims.remove(CONTEXT);
            claims.put(RESOURCE_LINK, Map.of("id", "rl-42"));

            LtiLaunch launch = launch(claims);

            assertEquals(new LtiLaunch.ResourceLink("rl-42", null, null), launch.resourceLink());
            assertNull(launch.context());
            assertEquals(LtiRoles.ToolRole.LEARNER, launch.roles().toolRole());
        }

        @Test
        void acceptsResourceLinkIdOf255Characters() {
            String id = "r".repeat(255);
            assertEquals(id, launch(withClaim(RESOURCE_LINK, Map.of("id", id))).resourceLink().id());
        }

        @Test
        void acceptsAudienceArrayWithOurAzp() {
            Map<String, Object> claims = withClaim("aud", List.of("another-tool", CLIENT_ID));
            claims.put("azp", CLIENT_ID);
            assertEquals("moodle-user-42", launch(claims).subject());
        }

        @Test
        void acceptsSingleAudienceWithAnotherAzpAsBlackboardSends() {
            Map<String, Object> claims = resourceLinkClaims();
            claims.put("azp", "blackboard-application-id");
            assertEquals("moodle-user-42", launch(claims).subject());
        }

        @Test
        void acceptsDeploymentNamedAtLogin() {
            LtiLaunch launch = launch(sign(resourceLinkClaims()), TestLaunchPlatform.loginState("1"),
                    TestLaunchPlatform.publishedKeys());
            assertSame(DEPLOYMENT, launch.deployment());
        }

        @Test
        void acceptsTokenExpiredWithinTheClockSkew() {
            LtiLaunch launch = launch(withClaim("exp", NOW.minusSeconds(29).getEpochSecond()));
            assertEquals("moodle-user-42", launch.subject());
        }

        @Test
        void acceptsTokenIssuedWithinTheClockSkewInTheFuture() {
            LtiLaunch launch = launch(withClaim("iat", NOW.plusSeconds(29).getEpochSecond()));
            assertEquals("moodle-user-42", launch.subject());
        }

        @Test
        void acceptsDeepLinkingRequestWithSettings() {
            LtiLaunch launch = launch(deepLinkingClaims());

            assertEquals("LtiDeepLinkingRequest", launch.messageType());
            assertNull(launch.resourceLink());
            assertEquals(LtiRoles.ToolRole.TUTOR, launch.roles().toolRole());
            Map<?, ?> settings = (Map<?, ?>) launch.claims().get(DEEP_LINKING_SETTINGS);
            assertEquals("opaque-platform-data", settings.get("data"));
        }

        /** Some platforms send JSON null for personal data they withhold. */
        @Test
        void acceptsNullValuedOptionalClaims() {
            String json = "{\"iss\":\"" + TestLaunchPlatform.ISSUER + "\",\"aud\":\"" + CLIENT_ID + "\","
                    + "\"sub\":\"moodle-user-42\",\"exp\":" + NOW.plusSeconds(60).getEpochSecond() + ","
                    + "\"iat\":" + NOW.getEpochSecond() + ",\"nonce\":\"" + TestLaunchPlatform.NONCE + "\","
                    + "\"email\":null,\"name\":null,"
                    + "\"" + VERSION + "\":\"1.3.0\",\"" + MESSAGE_TYPE + "\":\"LtiResourceLinkRequest\","
                    + "\"" + DEPLOYMENT_ID + "\":\"1\",\"" + TARGET + "\":\"" + TARGET_LINK_URI + "\","
                    + "\"" + RESOURCE_LINK + "\":{\"id\":\"rl-42\"},\"" + ROLES + "\":[\"" + LEARNER + "\"]}";

            LtiLaunch launch = launch(TestLaunchPlatform.signRawPayload(json));

            assertEquals(new LtiLaunch.Person(null, null, null, null), launch.person());
        }

        private static Map<String, Object> withoutPersonalData() {
            Map<String, Object> claims = resourceLinkClaims();
            List.of("name", "given_name", "family_name", "email").forEach(claims::remove);
            return claims;
        }
    }
}
