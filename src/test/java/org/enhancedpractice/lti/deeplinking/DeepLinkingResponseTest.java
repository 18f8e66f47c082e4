package org.enhancedpractice.lti.deeplinking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.enhancedpractice.lti.LtiClaims;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DeepLinkingResponseTest {
    private static RSAKey key;
    private static final DeepLinkingResponse.Addressing TO = new DeepLinkingResponse.Addressing("client-7",
            "https://blackboard.com", "dep-42", "https://tool.example/lti/launch");
    private static final Instant NOW = Instant.parse("2026-11-25T10:00:00Z");

    @BeforeAll
    static void keys() throws Exception {
        key = new RSAKeyGenerator(2048).keyID("k1").generate();
    }

    private static DeepLinkingSettings settings(Boolean lineItems, Object data) {
        java.util.Map<String, Object> claim = new java.util.HashMap<>(Map.of(
                "deep_link_return_url", "https://platform.example/dl/return?x=1",
                "accept_types", List.of("ltiResourceLink", "link"),
                "accept_presentation_document_targets", List.of("iframe", "window"),
                "accept_multiple", true));
        if (lineItems != null) {
            claim.put("accept_lineitem", lineItems);
        }
        if (data != null) {
            claim.put("data", data);
        }
        return DeepLinkingSettings.fromClaim(claim);
    }

    private static final ContentItem UNIT = new ContentItem("Triage (Physiotherapy)", "First contact", "https://e.org/m",
            "https://e.org/m/au/1", new ContentItem.LineItem("Triage (Physiotherapy)", BigDecimal.valueOf(100),
            "physiotherapy/unit-1", "unit-score"));

    @Test
    void isSignedWithTheToolKeyAndAddressedToThePlatform() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, settings(null, "opaque-123"), List.of(UNIT),
                "1 item", NOW));
        assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())));
        assertEquals("k1", jwt.getHeader().getKeyID());
        var claims = jwt.getJWTClaimsSet();
        assertEquals("client-7", claims.getIssuer());
        assertTrue(jwt.getPayload().toJSONObject().get("aud") instanceof String, "aud must be a single string");
        assertEquals("https://blackboard.com", jwt.getPayload().toJSONObject().get("aud"));
        assertEquals("LtiDeepLinkingResponse", claims.getStringClaim(LtiClaims.MESSAGE_TYPE));
        assertEquals("1.3.0", claims.getStringClaim(LtiClaims.VERSION));
        assertEquals("dep-42", claims.getStringClaim(LtiClaims.DEPLOYMENT_ID));
        assertNotNull(claims.getStringClaim("nonce"));
        assertEquals("opaque-123", claims.getStringClaim(DeepLinkingResponse.DATA));
        assertEquals(NOW.plusSeconds(300), claims.getExpirationTime().toInstant());
    }

    @Test
    void itemsAreResourceLinksNamingModuleAndUnitInCustomParameters() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, settings(true, null), List.of(UNIT), null, NOW));
        List<Object> items = jwt.getJWTClaimsSet().getListClaim(DeepLinkingResponse.CONTENT_ITEMS);
        @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) items.get(0);
        assertEquals("ltiResourceLink", item.get("type"));
        assertEquals("https://tool.example/lti/launch", item.get("url"));
        assertFalse(((String) item.get("url")).contains("?"), "no query-string parameters in the url");
        assertEquals(Map.of("module", "https://e.org/m", "unit", "https://e.org/m/au/1"), item.get("custom"));
        @SuppressWarnings("unchecked") Map<String, Object> line = (Map<String, Object>) item.get("lineItem");
        assertEquals("physiotherapy/unit-1", line.get("resourceId"));
        assertEquals("unit-score", line.get("tag"));
        assertEquals(100L, ((Number) line.get("scoreMaximum")).longValue());
        assertTrue(item.containsKey("iframe"));
        assertFalse(jwt.getJWTClaimsSet().getClaims().containsKey(DeepLinkingResponse.DATA), "no data sent, none echoed");
    }

    @Test
    void leavesOutLineItemsWhenThePlatformDeclinesThem() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, settings(false, null), List.of(UNIT), null, NOW));
        @SuppressWarnings("unchecked") Map<String, Object> item = (Map<String, Object>) jwt.getJWTClaimsSet()
                .getListClaim(DeepLinkingResponse.CONTENT_ITEMS).get(0);
        assertFalse(item.containsKey("lineItem"));
    }

    @Test
    void anEmptySelectionIsAValidResponseWithNoItems() throws Exception {
        SignedJWT jwt = SignedJWT.parse(DeepLinkingResponse.sign(key, TO, settings(null, Map.of("a", 1)), List.of(),
                "Nothing was added.", NOW));
        assertTrue(jwt.verify(new RSASSAVerifier(key.toPublicJWK())));
        assertEquals(List.of(), jwt.getJWTClaimsSet().getListClaim(DeepLinkingResponse.CONTENT_ITEMS));
        assertEquals(Map.of("a", 1L), jwt.getJWTClaimsSet().getJSONObjectClaim(DeepLinkingResponse.DATA));
    }

    @Test
    void settingsSurviveTheSessionTokenRoundTrip() {
        DeepLinkingSettings s = settings(false, "opaque");
        assertEquals(s, DeepLinkingSettings.fromJson(s.toJson()));
    }
}
