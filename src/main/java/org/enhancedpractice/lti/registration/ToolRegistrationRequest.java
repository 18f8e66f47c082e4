package org.enhancedpractice.lti.registration;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.enhancedpractice.lti.LtiClaims;

/** The tool's client registration (Dynamic Registration 1.0 §3.5.2; OIDC Dynamic Client Registration §2). */
public final class ToolRegistrationRequest {
    static final List<String> WANTED_SCOPES = List.of(LtiClaims.SCOPE_AGS_LINEITEM, LtiClaims.SCOPE_AGS_RESULT_READONLY,
            LtiClaims.SCOPE_AGS_SCORE, LtiClaims.SCOPE_NRPS);
    /** Names for tutors' dashboards; never email: the xAPI actor is the LTI account. */
    static final List<String> CLAIMS = List.of("iss", "sub", "name", "given_name", "family_name");
    static final String CLIENT_NAME = "Enhanced Practice Tool";

    private ToolRegistrationRequest() {
    }

    public static JsonObject build(String baseUrl, Set<String> platformScopes) {
        URI base = URI.create(baseUrl);
        String launch = baseUrl + "/lti/launch";
        JsonArrayBuilder claims = JSON.createArrayBuilder();
        CLAIMS.forEach(claims::add);
        return JSON.createObjectBuilder()
                .add("application_type", "web")
                .add("response_types", JSON.createArrayBuilder().add("id_token"))
                .add("grant_types", JSON.createArrayBuilder().add("implicit").add("client_credentials"))
                .add("initiate_login_uri", baseUrl + "/lti/login")
                .add("redirect_uris", JSON.createArrayBuilder().add(launch))
                .add("client_name", CLIENT_NAME)
                .add("jwks_uri", baseUrl + "/lti/jwks")
                .add("token_endpoint_auth_method", "private_key_jwt")
                .add("scope", String.join(" ", scopes(platformScopes)))
                .add(LtiClaims.TOOL_CONFIGURATION, JSON.createObjectBuilder()
                        .add("domain", base.getPort() == -1 ? base.getHost() : base.getHost() + ":" + base.getPort())
                        .add("target_link_uri", launch)
                        .add("description", "Blended enhanced-practice modules for Allied Health Professionals, "
                                + "with apprenticeship evidence recorded as xAPI.")
                        .add("claims", claims)
                        .add("messages", JSON.createArrayBuilder()
                                .add(JSON.createObjectBuilder().add("type", LtiClaims.RESOURCE_LINK_REQUEST))
                                .add(JSON.createObjectBuilder().add("type", LtiClaims.DEEP_LINKING_REQUEST)
                                        .add("target_link_uri", launch)
                                        .add("label", "Enhanced practice modules"))))
                .build();
    }

    /** The scopes we want that the platform offers; all of them when it does not list any. */
    static List<String> scopes(Set<String> platformScopes) {
        if (platformScopes.isEmpty()) {
            return WANTED_SCOPES;
        }
        return WANTED_SCOPES.stream().filter(platformScopes::contains).toList();
    }
}
