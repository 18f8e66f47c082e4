package org.enhancedpractice.lti.login;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.persistence.JpaLoginStateStore;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.platform.ToolSettings;

/** Starts an OIDC login: checks the request, remembers state and nonce, builds the authentication request. */
@ApplicationScoped
public class LoginService {
    @Inject PlatformRegistry registry;
    @Inject JpaLoginStateStore states;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** One transaction for the registry look-ups and the stored state (they were three; see bench/RESULTS.md). */
    @Transactional
    public AuthorizationRedirect initiate(LoginRequest request) {
        Registration registration = registry.forLogin(request.issuer(), request.clientId());
        if (!registration.isActive()) {
            throw LtiError.LOGIN_REGISTRATION_NOT_ACTIVE.problem("The registration of '" + registration.name()
                    + "' is " + registration.status() + ": a tool administrator must approve it first.");
        }
        if (request.deploymentId() != null && registry.deployment(registration.id(), request.deploymentId()).isEmpty()
                && !registry.mayAdoptFirstDeployment(registration)) {
            throw LtiError.LOGIN_UNKNOWN_DEPLOYMENT.problem("Deployment '" + request.deploymentId()
                    + "' is not registered for issuer '" + registration.issuer() + "'.");
        }
        requireToolTarget(request.targetLinkUri());
        LoginState state = new LoginState(token(), token(), registration.id(), request.deploymentId(),
                request.targetLinkUri(), clock.instant().plus(settings.stateTtl()), bindingFor(request),
                new LoginHints(request.loginHint(), request.ltiMessageHint()));
        states.save(state);
        return new AuthorizationRedirect(authenticationRequest(registration, request, state), state.state(),
                state.binding(), newWindowLogin(request));
    }

    /**
     * Platform storage when the platform offers it (lti-cs-oidc v0.1: {@code lti_storage_target} present), else
     * a cookie. The stored value is a fresh secret, not the nonce: the nonce travels in the authentication request.
     */
    BrowserBinding bindingFor(LoginRequest request) {
        return request.storageTarget() == null ? BrowserBinding.cookie()
                : BrowserBinding.platformStorage(request.storageTarget(), token());
    }

    /** The same login as a top-level GET without platform storage, where the state cookie is first-party. */
    public URI newWindowLogin(LoginRequest request) {
        return URI.create(settings.url("/lti/login") + "?" + request.cookieLoginQuery());
    }

    /** The authentication request of Security Framework §5.1.1.2 (OIDC Core §3.1.2.1 with LTI's fixed values). */
    URI authenticationRequest(Registration registration, LoginRequest request, LoginState state) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("scope", "openid");
        params.put("response_type", "id_token");
        params.put("response_mode", "form_post");
        params.put("prompt", "none");
        params.put("client_id", registration.clientId());
        params.put("redirect_uri", settings.url("/lti/launch").toString());
        params.put("login_hint", request.loginHint());
        Optional.ofNullable(request.ltiMessageHint()).ifPresent(hint -> params.put("lti_message_hint", hint));
        params.put("state", state.state());
        params.put("nonce", state.nonce());
        String endpoint = registration.authorizationEndpoint().toString();
        StringBuilder url = new StringBuilder(endpoint).append(endpoint.contains("?") ? '&' : '?');
        params.forEach((k, v) -> url.append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
        url.setLength(url.length() - 1);
        return URI.create(url.toString());
    }

    /** target_link_uri must be on this tool, else the login would be an open redirect (Core §4.1.1). */
    void requireToolTarget(String targetLinkUri) {
        URI target;
        try {
            target = new URI(targetLinkUri);
        } catch (Exception e) {
            throw LtiError.LOGIN_TARGET_NOT_TOOL.problem("target_link_uri '" + targetLinkUri + "' is not a URI.");
        }
        URI base = URI.create(settings.baseUrl());
        boolean sameOrigin = Objects.equals(base.getScheme(), target.getScheme())
                && base.getHost() != null && base.getHost().equalsIgnoreCase(target.getHost())
                && port(base) == port(target);
        String basePath = base.getRawPath() == null ? "" : base.getRawPath();
        String targetPath = target.getRawPath() == null ? "" : target.getRawPath();
        if (!sameOrigin || !(targetPath.equals(basePath) || targetPath.startsWith(basePath + "/"))) {
            throw LtiError.LOGIN_TARGET_NOT_TOOL.problem("target_link_uri '" + targetLinkUri + "' is not under "
                    + settings.baseUrl() + ".");
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equals(uri.getScheme()) ? 443 : 80;
    }

    private String token() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
