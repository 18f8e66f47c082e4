package org.enhancedpractice.demo;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolSettings;

/** The demo platform's behaviour: its configuration, accepting the tool's registration, issuing id_tokens. */
@ApplicationScoped
public class DemoPlatform {
    static final String COURSE_ID = "demo-course-ecp-2026";
    static final String COURSE_TITLE = "Enhanced Clinical Practitioner apprenticeship (demo cohort)";
    static final String RESOURCE_LINK_ID = "demo-link-core-welcome";
    static final String RESOURCE_LINK_TITLE = "Enhanced practice core: welcome and induction";
    static final String PRODUCT_FAMILY = "ept-demo";
    private static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

    @Inject DemoPlatformState state;
    @Inject ToolSettings settings;
    @Inject Clock clock;

    public void requireEnabled() {
        if (!settings.isDefaultMode()) {
            throw new Problem(404, "demo_disabled", "Not found", "The demo platform is off in production mode.");
        }
    }

    String issuer() {
        return settings.baseUrl() + "/demo";
    }

    JsonObject openidConfiguration() {
        String iss = issuer();
        return JSON.createObjectBuilder()
                .add("issuer", iss)
                .add("authorization_endpoint", iss + "/auth")
                .add("token_endpoint", iss + "/token")
                .add("jwks_uri", iss + "/jwks")
                .add("registration_endpoint", iss + "/registrations")
                .add("scopes_supported", JSON.createArrayBuilder().add("openid")
                        .add("https://purl.imsglobal.org/spec/lti-ags/scope/score")
                        .add("https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly"))
                .add("response_types_supported", JSON.createArrayBuilder().add("id_token"))
                .add("subject_types_supported", JSON.createArrayBuilder().add("public"))
                .add("id_token_signing_alg_values_supported", JSON.createArrayBuilder().add("RS256"))
                .add("token_endpoint_auth_methods_supported", JSON.createArrayBuilder().add("private_key_jwt"))
                .add("claims_supported", JSON.createArrayBuilder().add("iss").add("sub").add("name"))
                .add("https://purl.imsglobal.org/spec/lti-platform-configuration", JSON.createObjectBuilder()
                        .add("product_family_code", PRODUCT_FAMILY).add("version", "0.1")
                        .add("messages_supported", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("type", "LtiResourceLinkRequest"))))
                .build();
    }

    String publicJwks() {
        return new com.nimbusds.jose.jwk.JWKSet(state.key().toPublicJWK()).toString();
    }

    /** Dynamic Registration 1.0 §3.5.2–3.6 from the platform side: checks the tool's request, answers with ids. */
    JsonObject acceptRegistration(String bearerToken, JsonObject request) {
        if (bearerToken == null || !state.useRegistrationToken(bearerToken)) {
            throw new Problem(401, "demo_registration_token", "Registration token not valid",
                    "The registration token is missing, wrong or already used.");
        }
        JsonArray responseTypes = request.getJsonArray("response_types");
        JsonArray redirects = request.getJsonArray("redirect_uris");
        if (responseTypes == null || !responseTypes.contains(JSON.createValue("id_token")) || redirects == null
                || redirects.isEmpty() || !"private_key_jwt".equals(request.getString("token_endpoint_auth_method", ""))
                || !request.containsKey("initiate_login_uri") || !request.containsKey("jwks_uri")) {
            throw new Problem(400, "demo_registration_invalid", "Registration request not valid",
                    "response_types, redirect_uris, initiate_login_uri, jwks_uri and private_key_jwt are required.");
        }
        String clientId = "demo-client-" + UUID.randomUUID();
        String deploymentId = "1";
        List<String> uris = redirects.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        state.saveToolRegistration(clientId, deploymentId, request.getString("initiate_login_uri"), uris);
        JsonObject toolConfiguration = request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration");
        return JSON.createObjectBuilder(request).add("client_id", clientId)
                .add("https://purl.imsglobal.org/spec/lti-tool-configuration",
                        JSON.createObjectBuilder(toolConfiguration == null ? JsonObject.EMPTY_JSON_OBJECT : toolConfiguration)
                                .add("deployment_id", deploymentId))
                .build();
    }

    /** The authentication response (Security Framework §5.1.1.3): a signed id_token for the hinted demo user. */
    String idToken(AuthenticationRequest request) {
        DemoRegistration registration = state.registration();
        request.check(registration);
        DemoUser user = DemoUser.find(request.loginHint()).orElseThrow(() -> new Problem(400, "demo_unknown_user",
                "Unknown demo user", "login_hint does not name a demo user."));
        Instant now = clock.instant();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer()).audience(registration.clientId()).subject(user.id())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", request.nonce())
                .claim("name", user.name()).claim("given_name", user.givenName()).claim("family_name", user.familyName())
                .claim(LTI + "message_type", "LtiResourceLinkRequest").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", registration.deploymentId())
                .claim(LTI + "target_link_uri", settings.baseUrl() + "/lti/launch")
                .claim(LTI + "resource_link", Map.of("id", RESOURCE_LINK_ID, "title", RESOURCE_LINK_TITLE))
                .claim(LTI + "roles", List.of(user.role()))
                .claim(LTI + "context", Map.of("id", COURSE_ID, "label", "ECP-DEMO", "title", COURSE_TITLE,
                        "type", List.of("http://purl.imsglobal.org/vocab/lis/v2/course#CourseOffering")))
                .claim(LTI + "tool_platform", Map.of("guid", issuer(), "name", "Demo VLE",
                        "product_family_code", PRODUCT_FAMILY))
                .claim(LTI + "launch_presentation", Map.of("document_target", "iframe"))
                .build();
        RSAKey key = state.key();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Demo platform cannot sign", e);
        }
        return jwt.serialize();
    }
}
