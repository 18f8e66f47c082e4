package org.enhancedpractice.lti.deeplinking;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.lti.LtiClaims;

/**
 * Builds and signs an LtiDeepLinkingResponse (Deep Linking 2.0 §4.5; Security Framework §5.2): kid header, iss = the
 * tool's client_id, aud = the platform issuer as a single string, a fresh nonce, the deployment id, the content items,
 * and the request's {@code data} echoed exactly. Custom parameters name the module and unit; the link URL carries no
 * query string (some platforms drop it).
 */
public final class DeepLinkingResponse {
    public static final String MESSAGE_TYPE = "LtiDeepLinkingResponse";
    public static final String CONTENT_ITEMS = "https://purl.imsglobal.org/spec/lti-dl/claim/content_items";
    public static final String DATA = "https://purl.imsglobal.org/spec/lti-dl/claim/data";
    public static final String MSG = "https://purl.imsglobal.org/spec/lti-dl/claim/msg";
    static final long LIFETIME_SECONDS = 300;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the response is about: who signs for which platform and deployment. */
    public record Addressing(String clientId, String platformIssuer, String deploymentId, String launchUrl) {
    }

    private DeepLinkingResponse() {
    }

    public static String sign(RSAKey key, Addressing to, DeepLinkingSettings settings, List<ContentItem> items,
                              String message, Instant now) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(to.clientId()).audience(to.platformIssuer())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
                .jwtID(nonce()).claim("nonce", nonce())
                .claim(LtiClaims.MESSAGE_TYPE, MESSAGE_TYPE).claim(LtiClaims.VERSION, LtiClaims.LTI_VERSION)
                .claim(LtiClaims.DEPLOYMENT_ID, to.deploymentId())
                .claim(CONTENT_ITEMS, items.stream().map(i -> item(i, to.launchUrl(), settings)).toList());
        if (settings.data() != null) {
            claims.claim(DATA, jsonToJava(settings.data()));
        }
        if (message != null) {
            claims.claim(MSG, message);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims.build());
        try {
            jwt.sign(new RSASSASigner(key));
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the deep-linking response", e);
        }
        return jwt.serialize();
    }

    static Map<String, Object> item(ContentItem item, String launchUrl, DeepLinkingSettings settings) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("type", DeepLinkingSettings.TYPE_RESOURCE_LINK);
        out.put("title", item.title());
        if (item.text() != null) {
            out.put("text", item.text());
        }
        out.put("url", launchUrl);
        Map<String, Object> custom = new LinkedHashMap<>();
        custom.put("module", item.moduleId());
        if (item.unitId() != null) {
            custom.put("unit", item.unitId());
        }
        out.put("custom", custom);
        if (settings.presentationTargets().contains("iframe")) {
            out.put("iframe", Map.of());
        } else if (settings.presentationTargets().contains("window")) {
            out.put("window", Map.of());
        }
        if (item.lineItem() != null && settings.wantsLineItems()) {
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("label", item.lineItem().label());
            line.put("scoreMaximum", item.lineItem().scoreMaximum());
            line.put("resourceId", item.lineItem().resourceId());
            line.put("tag", item.lineItem().tag());
            out.put("lineItem", line);
        }
        return out;
    }

    /** The echoed {@code data}: Nimbus serialises Java maps, lists, strings, numbers and booleans. */
    static Object jsonToJava(jakarta.json.JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> ((jakarta.json.JsonString) value).getString();
            case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            case NULL -> null;
            case ARRAY -> {
                List<Object> list = new ArrayList<>();
                value.asJsonArray().forEach(v -> list.add(jsonToJava(v)));
                yield list;
            }
            case OBJECT -> {
                Map<String, Object> map = new LinkedHashMap<>();
                value.asJsonObject().forEach((k, v) -> map.put(k, jsonToJava(v)));
                yield map;
            }
        };
    }

    private static String nonce() {
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
