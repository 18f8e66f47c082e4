package org.enhancedpractice.it;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;

/**
 * An LTI 1.3 platform for tests, speaking the standard over HTTP on 127.0.0.1 (a different site from the tool
 * on localhost): OpenID configuration, JWKS, Dynamic Registration endpoint, and an authorization endpoint that
 * answers with a form-posted, RS256-signed id_token. It never calls the tool's classes.
 */
public final class TestPlatform implements AutoCloseable {
    public static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";
    public static final String LEARNER = "http://purl.imsglobal.org/vocab/lis/v2/membership#Learner";
    public static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";
    public static final String AGS_CLAIM = "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint";
    static final String NRPS_SCOPE = "https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly";

    private final HttpServer server;
    private final RSAKey key;
    public final String registrationToken = "reg-token-7f3a";
    public final List<JsonObject> registrationRequests = new CopyOnWriteArrayList<>();
    public final List<String> registrationAuthorizations = new CopyOnWriteArrayList<>();
    /** Every token request's outcome ("granted" or why it was refused), in order. */
    public final List<String> tokenRequests = new CopyOnWriteArrayList<>();
    /** Issued access tokens and the scopes each was granted. */
    private final Map<String, java.util.Set<String>> issuedTokens = new java.util.concurrent.ConcurrentHashMap<>();
    /** How the service side (token, gradebook, memberships) behaves; see {@link PlatformProfile}. */
    public volatile PlatformProfile profile = PlatformProfile.STANDARD;
    /** The LTI issuer when it is not this server's URL (Blackboard: https://blackboard.com, shared by all). */
    public volatile String issuerOverride;
    /** AGS line items, scores and results. */
    public final TestGradebook gradebook = new TestGradebook(this, issuedTokens::get);
    /** Every memberships request's query, in order. */
    public final List<String> membershipRequests = new CopyOnWriteArrayList<>();
    public volatile String clientId = "it-client-1";
    public volatile String deploymentId = "it-deployment-1";
    /** Answer the registration without a deployment_id, as Canvas does. */
    public volatile boolean omitDeploymentInRegistration;
    /** Adjusts the claims of the next id_tokens the authorization endpoint issues. */
    public volatile UnaryOperator<JWTClaimsSet.Builder> claimsCustomiser = UnaryOperator.identity();

    public TestPlatform(int port) {
        try {
            key = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
                    .keyID("it-platform-key-1").generate();
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException | JOSEException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/.well-known/openid-configuration", ex -> respond(ex, 200, "application/json",
                openidConfiguration().toString()));
        server.createContext("/jwks", ex -> respond(ex, 200, "application/json", new JWKSet(key.toPublicJWK()).toString()));
        server.createContext("/register", this::register);
        server.createContext("/auth", this::authorize);
        server.createContext("/token", this::token);
        server.createContext("/memberships", this::memberships);
        for (PlatformProfile p : PlatformProfile.values()) {
            server.createContext(p.lineItemsPath(), gradebook::handle);
        }
        server.start();
    }

    /** Serves more pages from this platform's origin (for example {@link PlatformLaunchPage}). */
    public void handle(String path, com.sun.net.httpserver.HttpHandler handler) {
        server.createContext(path, handler);
    }

    public String issuer() {
        return issuerOverride != null ? issuerOverride : url();
    }

    /** Where this platform's endpoints are. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public RSAKey key() {
        return key;
    }

    JsonObject openidConfiguration() {
        return Json.createObjectBuilder()
                .add("issuer", issuer())
                .add("authorization_endpoint", url() + "/auth")
                .add("token_endpoint", url() + "/token")
                .add("jwks_uri", url() + "/jwks")
                .add("registration_endpoint", url() + "/register")
                .add("scopes_supported", scopesSupported())
                .add("response_types_supported", Json.createArrayBuilder().add("id_token"))
                .add("id_token_signing_alg_values_supported", Json.createArrayBuilder().add("RS256"))
                .add("token_endpoint_auth_methods_supported", Json.createArrayBuilder().add("private_key_jwt"))
                .add("https://purl.imsglobal.org/spec/lti-platform-configuration", Json.createObjectBuilder()
                        .add("product_family_code", "it-platform").add("version", "1.0"))
                .build();
    }

    /** The foundation's platform offers only the score scope; the profiles offer every AGS and NRPS scope. */
    private jakarta.json.JsonArrayBuilder scopesSupported() {
        var scopes = Json.createArrayBuilder().add("openid").add(TestGradebook.AGS + "score");
        if (profile != PlatformProfile.STANDARD) {
            scopes.add(TestGradebook.AGS + "lineitem").add(TestGradebook.AGS + "lineitem.readonly")
                    .add(TestGradebook.AGS + "result.readonly").add(NRPS_SCOPE);
        }
        return scopes;
    }

    private void register(HttpExchange ex) throws IOException {
        registrationAuthorizations.add(String.valueOf(ex.getRequestHeaders().getFirst("Authorization")));
        JsonObject request = Json.createReader(new StringReader(body(ex))).readObject();
        registrationRequests.add(request);
        if (!("Bearer " + registrationToken).equals(ex.getRequestHeaders().getFirst("Authorization"))) {
            respond(ex, 401, "application/json", "{\"error\":\"invalid_token\"}");
            return;
        }
        var toolConfiguration = Json.createObjectBuilder(
                request.getJsonObject("https://purl.imsglobal.org/spec/lti-tool-configuration"));
        if (!omitDeploymentInRegistration) {
            toolConfiguration.add("deployment_id", deploymentId);
        }
        JsonObject answer = Json.createObjectBuilder(request).add("client_id", clientId)
                .add("https://purl.imsglobal.org/spec/lti-tool-configuration", toolConfiguration).build();
        respond(ex, 200, "application/json", answer.toString());
    }

    /** Authorization endpoint: checks the authentication request like a strict platform, then form-posts. */
    private void authorize(HttpExchange ex) throws IOException {
        Map<String, String> q = Browser.query(ex.getRequestURI());
        boolean valid = "openid".equals(q.get("scope")) && "id_token".equals(q.get("response_type"))
                && "form_post".equals(q.get("response_mode")) && "none".equals(q.get("prompt"))
                && clientId.equals(q.get("client_id")) && q.get("nonce") != null && q.get("state") != null
                && q.get("redirect_uri") != null;
        if (!valid) {
            respond(ex, 400, "text/plain", "invalid authentication request " + q);
            return;
        }
        String token = sign(claimsCustomiser.apply(launchClaims(q.get("login_hint"), q.get("nonce"))).build());
        String html = "<form method=\"post\" action=\"" + q.get("redirect_uri") + "\">"
                + "<input type=\"hidden\" name=\"id_token\" value=\"" + token + "\">"
                + "<input type=\"hidden\" name=\"state\" value=\"" + q.get("state") + "\"></form>"
                // a real browser (it/Chromium) submits it at once, as platforms do (Security Framework §5.1.1.3)
                + "<script>document.forms[0].submit()</script>";
        respond(ex, 200, "text/html", html);
    }

    /** A valid LtiResourceLinkRequest for {@code subject}, ready for a test to alter. */
    public JWTClaimsSet.Builder launchClaims(String subject, String nonce) {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder()
                .issuer(issuer()).audience(clientId).subject(subject)
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(60)))
                .claim("nonce", nonce).claim("given_name", "Priya").claim("family_name", "Shah")
                .claim(LTI + "message_type", "LtiResourceLinkRequest").claim(LTI + "version", "1.3.0")
                .claim(LTI + "deployment_id", deploymentId)
                .claim(LTI + "target_link_uri", Deployments.baseUrl() + "/lti/launch")
                .claim(LTI + "resource_link", Map.of("id", "rl-ot-1", "title", "Occupational therapy: complex discharge planning"))
                .claim(LTI + "roles", List.of(LEARNER))
                .claim(LTI + "context", Map.of("id", "course-42", "title", "ECP cohort 2026 – Occupational therapy"))
                .claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice", Map.of(
                        "context_memberships_url", url() + "/memberships?course=42",
                        "service_versions", List.of("2.0")));
    }

    /**
     * Token endpoint (Security Framework 1.0 §4.1): verifies the tool's client assertion with the tool's published
     * JWKS, fetched over HTTP, then grants only the scopes this platform supports, as Moodle does.
     */
    private void token(HttpExchange ex) throws IOException {
        if (!gradebook.available) {
            respond(ex, 503, "text/plain", "Service Unavailable");
            return;
        }
        Map<String, String> form = Browser.query(URI.create("?" + body(ex)));
        String outcome = profile == PlatformProfile.CANVAS && ex.getRequestHeaders().getFirst("User-Agent") == null
                ? "User-Agent header required" : checkAssertion(form);
        tokenRequests.add(outcome);
        if (!"granted".equals(outcome)) {
            respond(ex, 400, "application/json", "{\"error\":\"invalid_client\",\"error_description\":\"" + outcome + "\"}");
            return;
        }
        String token = "at-" + java.util.UUID.randomUUID();
        java.util.Set<String> grantedScopes = java.util.Arrays.stream(form.getOrDefault("scope", "").split(" "))
                .filter(this::grants).collect(java.util.stream.Collectors.toSet());
        issuedTokens.put(token, grantedScopes);
        String granted = String.join(" ", grantedScopes);
        respond(ex, 200, "application/json", "{\"access_token\":\"" + token
                + "\",\"token_type\":\"Bearer\",\"expires_in\":3600,\"scope\":\"" + granted + "\"}");
    }

    /**
     * The foundation's platform and Moodle's "grade sync only" grant fewer scopes than a tool may ask for: no
     * {@code lineitem} (Moodle), nothing but score and memberships (standard).
     */
    private boolean grants(String scope) {
        return switch (profile) {
            case STANDARD -> scope.endsWith("contextmembership.readonly") || scope.endsWith("/score");
            case MOODLE -> scope.equals(NRPS_SCOPE) || scope.startsWith(TestGradebook.AGS) && !scope.endsWith("/lineitem");
            default -> scope.equals(NRPS_SCOPE) || scope.startsWith(TestGradebook.AGS);
        };
    }

    private String checkAssertion(Map<String, String> form) {
        try {
            if (!"client_credentials".equals(form.get("grant_type"))
                    || !"urn:ietf:params:oauth:client-assertion-type:jwt-bearer".equals(form.get("client_assertion_type"))) {
                return "wrong grant or assertion type";
            }
            SignedJWT assertion = SignedJWT.parse(form.get("client_assertion"));
            JWKSet toolKeys = JWKSet.load(URI.create(Deployments.baseUrl() + "/lti/jwks").toURL());
            RSAKey toolKey = (RSAKey) toolKeys.getKeyByKeyId(assertion.getHeader().getKeyID());
            if (toolKey == null || !assertion.verify(new com.nimbusds.jose.crypto.RSASSAVerifier(toolKey))) {
                return "assertion signature not verified with the tool's JWKS";
            }
            JWTClaimsSet c = assertion.getJWTClaimsSet();
            boolean audience = profile == PlatformProfile.CANVAS ? c.getAudience().equals(List.of(url() + "/token"))
                    : c.getAudience().contains(url() + "/token");
            boolean valid = clientId.equals(c.getIssuer()) && clientId.equals(c.getSubject())
                    && audience && c.getJWTID() != null
                    && c.getExpirationTime().after(new Date());
            return valid ? "granted" : "assertion claims wrong: " + c.toJSONObject();
        } catch (Exception e) {
            return "unreadable assertion: " + e.getMessage();
        }
    }

    /**
     * NRPS 2.0 memberships, two pages; the next link uses Moodle's typographic quotes, the last page a differences
     * link (§2.4.2), whose answer has only the changes: learner-8 deleted, learner-9 new.
     */
    private void memberships(HttpExchange ex) throws IOException {
        String authorization = String.valueOf(ex.getRequestHeaders().getFirst("Authorization"));
        if (!authorization.startsWith("Bearer ") || !issuedTokens.containsKey(authorization.substring(7))
                || ex.getRequestHeaders().getFirst("User-Agent") == null) {
            respond(ex, 401, "application/json", "{\"error\":\"unauthorized\"}");
            return;
        }
        membershipRequests.add(String.valueOf(ex.getRequestURI().getQuery()));
        if (String.valueOf(ex.getRequestURI().getQuery()).contains("since=")) {
            respond(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json", "{\"id\":\"" + url()
                    + "/memberships\",\"context\":{\"id\":\"course-42\"},\"members\":["
                    + "{\"user_id\":\"learner-8\",\"roles\":[\"" + LEARNER + "\"],\"status\":\"Deleted\"},"
                    + "{\"user_id\":\"learner-9\",\"roles\":[\"" + LEARNER + "\"],\"status\":\"Active\"}]}");
            return;
        }
        boolean second = String.valueOf(ex.getRequestURI().getQuery()).contains("page=2");
        String members = second
                ? "{\"user_id\":\"learner-8\",\"roles\":[\"" + LEARNER + "\"],\"status\":\"Inactive\"}"
                : "{\"user_id\":\"learner-7\",\"name\":\"Priya Shah\",\"roles\":[\"Learner\"]},"
                        + "{\"user_id\":\"tutor-1\",\"roles\":[\"" + INSTRUCTOR + "\"]}";
        ex.getResponseHeaders().add("Link", second
                ? "<" + url() + "/memberships?course=42&since=1>; rel=\"differences\""
                // Moodle's typographic quotes as the UTF-8 bytes it sends (HttpServer writes each char as one byte)
                : "<" + url() + "/memberships?course=42&page=2>; rel=\u00e2\u0080\u009cnext\u00e2\u0080\u009d");
        respond(ex, 200, "application/vnd.ims.lti-nrps.v2.membershipcontainer+json",
                "{\"id\":\"" + url() + "/memberships\",\"context\":{\"id\":\"course-42\"},\"members\":[" + members + "]}");
    }

    public String sign(JWTClaimsSet claims) {
        return sign(claims, key, key.getKeyID());
    }

    public static String sign(JWTClaimsSet claims, RSAKey signingKey, String kid) {
        try {
            JWSHeader.Builder header = new JWSHeader.Builder(JWSAlgorithm.RS256);
            if (kid != null) {
                header.keyID(kid);
            }
            SignedJWT jwt = new SignedJWT(header.build(), claims);
            jwt.sign(new RSASSASigner(signingKey));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(HttpExchange ex) throws IOException {
        try (InputStream in = ex.getRequestBody()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static void respond(HttpExchange ex, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", type);
        ex.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        ex.getResponseBody().write(bytes);
        ex.close();
    }

    public URI openidConfigurationUrl() {
        return URI.create(url() + "/.well-known/openid-configuration");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
