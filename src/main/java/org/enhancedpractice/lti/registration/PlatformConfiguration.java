package org.enhancedpractice.lti.registration;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.PlatformUrls;

/** The parts of a platform's OpenID configuration the tool relies on (Dynamic Registration 1.0 §3.4.1). */
public record PlatformConfiguration(String issuer, URI authorizationEndpoint, URI tokenEndpoint, URI jwksUri,
                                    URI registrationEndpoint, Set<String> scopesSupported, String productFamily) {

    /** Checks the configuration fetched from {@code configurationUrl}; every problem is reported together. */
    public static PlatformConfiguration parse(JsonObject json, URI configurationUrl, boolean allowLoopbackHttp) {
        List<String> problems = new ArrayList<>();
        String issuer = url(json, "issuer", problems, allowLoopbackHttp);
        URI auth = uri(url(json, "authorization_endpoint", problems, allowLoopbackHttp));
        URI token = uri(url(json, "token_endpoint", problems, allowLoopbackHttp));
        URI jwks = uri(url(json, "jwks_uri", problems, allowLoopbackHttp));
        URI registration = uri(url(json, "registration_endpoint", problems, allowLoopbackHttp));
        // §3.5.1: the issuer must be on the same host as the configuration the administrator pointed us to.
        if (issuer != null && !URI.create(issuer).getHost().equalsIgnoreCase(configurationUrl.getHost())) {
            problems.add("issuer '" + issuer + "' is not on the host of " + configurationUrl);
        }
        requireContains(json, "id_token_signing_alg_values_supported", "RS256", problems);
        requireContains(json, "token_endpoint_auth_methods_supported", "private_key_jwt", problems);
        // §3.4.1 asks for the LTI platform configuration; it only names the product, so a platform that omits it
        // is still registered (and named after its host).
        JsonObject platform = json.get(LtiClaims.PLATFORM_CONFIGURATION) instanceof JsonObject found
                ? found : JsonObject.EMPTY_JSON_OBJECT;
        if (!problems.isEmpty()) {
            throw LtiError.REGISTRATION_INVALID_CONFIGURATION.problem(String.join("; ", problems));
        }
        return new PlatformConfiguration(issuer, auth, token, jwks, registration, strings(json, "scopes_supported"),
                platform.getString("product_family_code", null));
    }

    private static String url(JsonObject json, String field, List<String> problems, boolean allowLoopbackHttp) {
        if (!(json.get(field) instanceof JsonString value)) {
            problems.add("'" + field + "' is missing");
            return null;
        }
        String reason = PlatformUrls.problem(value.getString(), allowLoopbackHttp);
        if (reason != null) {
            problems.add("'" + field + "' " + reason);
            return null;
        }
        return value.getString();
    }

    private static URI uri(String value) {
        return value == null ? null : URI.create(value);
    }

    /** Absent lists are tolerated (OIDC Discovery gives defaults); present ones must contain what we need. */
    private static void requireContains(JsonObject json, String field, String needed, List<String> problems) {
        if (json.containsKey(field) && !strings(json, field).contains(needed)) {
            problems.add("'" + field + "' does not include " + needed);
        }
    }

    static Set<String> strings(JsonObject json, String field) {
        if (!(json.get(field) instanceof JsonArray array)) {
            return Set.of();
        }
        return array.stream().filter(v -> v instanceof JsonString).map(v -> ((JsonString) v).getString())
                .collect(Collectors.toUnmodifiableSet());
    }
}
