package org.enhancedpractice.lti.registration;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.logging.Logger;
import org.enhancedpractice.lti.LtiClaims;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.PlatformUrls;
import org.enhancedpractice.lti.registry.PlatformDetails;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.platform.ToolSettings;

/** Runs one dynamic registration against a platform, over HTTP. */
@ApplicationScoped
public class DynamicRegistrationService {
    private static final Logger LOG = Logger.getLogger(DynamicRegistrationService.class.getName());
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int MAX_BODY_CHARS = 256 * 1024;
    static final String USER_AGENT = "EnhancedPracticeTool/0.1 (LTI 1.3 tool)";

    @Inject PlatformRegistry registry;
    @Inject ToolSettings settings;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public RegistrationOutcome register(String openidConfiguration, String registrationToken) {
        URI configUrl = configurationUrl(openidConfiguration);
        PlatformConfiguration platform = PlatformConfiguration.parse(fetchConfiguration(configUrl), configUrl,
                settings.isDefaultMode());
        JsonObject request = ToolRegistrationRequest.build(settings.baseUrl(), platform.scopesSupported());
        JsonObject answer = post(platform.registrationEndpoint(), request, registrationToken);
        String clientId = answer.getString("client_id", null);
        if (clientId == null || clientId.isBlank()) {
            throw LtiError.REGISTRATION_INVALID_RESPONSE.problem("The platform's answer has no client_id.");
        }
        String deploymentId = answer.containsKey(LtiClaims.TOOL_CONFIGURATION)
                && answer.get(LtiClaims.TOOL_CONFIGURATION) instanceof JsonObject tool
                ? tool.getString("deployment_id", null) : null;
        String host = URI.create(platform.issuer()).getHost();
        String name = (platform.productFamily() == null ? "LTI platform" : platform.productFamily()) + " at " + host;
        List<PlatformDetails.DeploymentDetails> deployments = deploymentId == null ? List.of()
                : List.of(new PlatformDetails.DeploymentDetails(deploymentId, host));
        Registration saved = registry.registerDynamic(new PlatformDetails(platform.issuer(), clientId, name,
                platform.authorizationEndpoint(), platform.tokenEndpoint(), platform.jwksUri(), platform.productFamily(),
                deployments));
        LOG.info(() -> "Dynamic registration of " + saved.issuer() + " client " + clientId + " deployment "
                + deploymentId + ": " + saved.status());
        return new RegistrationOutcome(saved, deploymentId);
    }

    private URI configurationUrl(String value) {
        if (value == null || value.isBlank()) {
            throw LtiError.REGISTRATION_MISSING_PARAMETER.problem("openid_configuration is required "
                    + "(Dynamic Registration 1.0 §3.3).");
        }
        String reason = PlatformUrls.problem(value, settings.isDefaultMode());
        if (reason != null) {
            throw LtiError.REGISTRATION_BAD_CONFIGURATION_URL.problem("openid_configuration " + reason + ".");
        }
        return URI.create(value);
    }

    private JsonObject fetchConfiguration(URI url) {
        HttpRequest request = HttpRequest.newBuilder(url).timeout(TIMEOUT).header("Accept", "application/json")
                .header("User-Agent", USER_AGENT).GET().build();
        HttpResponse<String> response = send(request, LtiError.REGISTRATION_CONFIGURATION_UNAVAILABLE);
        if (response.statusCode() != 200) {
            throw LtiError.REGISTRATION_CONFIGURATION_UNAVAILABLE.problem(url + " answered HTTP " + response.statusCode());
        }
        return json(response.body(), LtiError.REGISTRATION_INVALID_CONFIGURATION);
    }

    private JsonObject post(URI endpoint, JsonObject body, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(TIMEOUT)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .header("User-Agent", USER_AGENT).POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = send(request.build(), LtiError.REGISTRATION_REJECTED_BY_PLATFORM);
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw LtiError.REGISTRATION_REJECTED_BY_PLATFORM.problem(endpoint + " answered HTTP "
                    + response.statusCode() + ": " + abbreviate(response.body()));
        }
        return json(response.body(), LtiError.REGISTRATION_INVALID_RESPONSE);
    }

    private HttpResponse<String> send(HttpRequest request, LtiError onFailure) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw onFailure.problem(request.uri() + " could not be reached: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw onFailure.problem("Interrupted while calling " + request.uri());
        }
    }

    private static JsonObject json(String body, LtiError onFailure) {
        if (body.length() > MAX_BODY_CHARS) {
            throw onFailure.problem("The answer is larger than " + MAX_BODY_CHARS + " characters.");
        }
        try (JsonReader reader = JSON.createReader(new StringReader(body))) {
            return reader.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw onFailure.problem("The answer is not a JSON object: " + e.getMessage());
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 300 ? text : text.substring(0, 300) + "…";
    }

    /** The stored registration, and the deployment the platform created (null when it did not say). */
    public record RegistrationOutcome(Registration registration, String deploymentId) {
    }
}
