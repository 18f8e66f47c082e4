package org.enhancedpractice.lti.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.persistence.JpaRegistrationStore;
import org.enhancedpractice.platform.ToolSettings;

/** Looks up and records platform registrations and their deployments. */
@ApplicationScoped
public class PlatformRegistry {
    /** Issuers known to serve many institutions with one issuer value (see docs/lti.md). */
    static final Set<String> SHARED_ISSUERS = Set.of("https://blackboard.com", "https://canvas.instructure.com",
            "https://canvas.beta.instructure.com", "https://canvas.test.instructure.com");

    @Inject JpaRegistrationStore store;
    @Inject ToolSettings settings;

    /**
     * The registration a login initiation refers to. Without client_id the issuer must identify exactly one
     * registration (LTI Core 1.3 §4.1.1 makes client_id optional).
     */
    public Registration forLogin(String issuer, String clientId) {
        if (clientId != null) {
            return store.find(issuer, clientId).orElseThrow(() -> LtiError.LOGIN_UNKNOWN_PLATFORM.problem(
                    "No registration for issuer '" + issuer + "' and client_id '" + clientId + "'."));
        }
        List<Registration> candidates = store.findByIssuer(issuer);
        if (candidates.isEmpty()) {
            throw LtiError.LOGIN_UNKNOWN_PLATFORM.problem("No registration for issuer '" + issuer + "'.");
        }
        if (candidates.size() > 1) {
            throw LtiError.LOGIN_AMBIGUOUS_CLIENT.problem("Issuer '" + issuer + "' has " + candidates.size()
                    + " registrations; the platform must send client_id with the login request.");
        }
        return candidates.get(0);
    }

    public Optional<Registration> find(UUID id) {
        return store.find(id);
    }


    public Optional<Deployment> deployment(UUID registrationId, String deploymentId) {
        return store.deployment(registrationId, deploymentId);
    }

    /**
     * The deployment a launch names. A dynamic registration whose platform answered without a deployment_id (Canvas
     * does; Dynamic Registration 1.0 §3.6 leaves it optional) has none yet: in the default mode it adopts the first
     * deployment named by a signed launch. Every other unknown deployment stays unknown.
     */
    public Optional<Deployment> deploymentForLaunch(Registration registration, String deploymentId) {
        Optional<Deployment> known = store.deployment(registration.id(), deploymentId);
        if (known.isPresent() || !mayAdoptFirstDeployment(registration)) {
            return known;
        }
        return store.addDeployment(registration.id(), new PlatformDetails.DeploymentDetails(deploymentId,
                java.net.URI.create(registration.issuer()).getHost()));
    }

    /** Whether a login naming an unknown deployment may go on to a launch that could adopt it. */
    public boolean mayAdoptFirstDeployment(Registration registration) {
        return settings.isDefaultMode() && registration.source() == RegistrationSource.DYNAMIC
                && store.deployments(registration.id()).isEmpty();
    }

    public List<Deployment> deployments(UUID registrationId) {
        return store.deployments(registrationId);
    }

    public List<Registration> all() {
        return store.all();
    }

    /** A dynamic registration: active at once in the default mode, PENDING for an administrator in production. */
    public Registration registerDynamic(PlatformDetails details) {
        RegistrationStatus status = settings.isDefaultMode() ? RegistrationStatus.ACTIVE : RegistrationStatus.PENDING;
        return store.save(details, status, RegistrationSource.DYNAMIC, isSharedIssuer(details.issuer(), false));
    }

    /** A static platform file: written by an administrator, so active. */
    public Registration registerStatic(PlatformDetails details, boolean sharedIssuer) {
        return store.save(details, RegistrationStatus.ACTIVE, RegistrationSource.STATIC,
                isSharedIssuer(details.issuer(), sharedIssuer));
    }

    public boolean setStatus(UUID registrationId, RegistrationStatus status) {
        return store.setStatus(registrationId, status);
    }

    static boolean isSharedIssuer(String issuer, boolean declaredShared) {
        return declaredShared || SHARED_ISSUERS.contains(issuer);
    }
}
