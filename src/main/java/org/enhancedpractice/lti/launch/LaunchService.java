package org.enhancedpractice.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.login.BrowserBinding;
import org.enhancedpractice.lti.login.LoginService;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.lti.persistence.JpaLoginStateStore;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.persistence.JpaLinkServicesStore;
import org.enhancedpractice.lti.services.LinkServices;
import org.enhancedpractice.lti.storage.GetDataStep;
import org.enhancedpractice.lti.storage.PlatformStoragePage;
import org.enhancedpractice.platform.Problem;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Completes a launch: checks that the browser is the one that started the login ({@link BrowserCheck}), consumes
 * the login state (single use, whatever the outcome), validates the id_token and records the launch as an xAPI
 * statement.
 */
@ApplicationScoped
public class LaunchService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LaunchService.class.getName());
    /** Where the platform-storage launch page posts what it read back. */
    public static final String PLATFORM_STORAGE_PATH = "/lti/launch/platform-storage";

    @Inject JpaLoginStateStore states;
    @Inject PlatformRegistry registry;
    @Inject PlatformKeySources keySources;
    @Inject LaunchStatements statements;
    @Inject LoginService logins;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    @Inject JpaLinkServicesStore linkServices;

    /**
     * The platform's form post. One transaction; a refused launch still commits, so the state it consumed stays
     * consumed and a rejected id_token cannot be retried with the same state. A platform-storage login is only
     * looked at here: its state is consumed by {@link #completeFromPlatformStorage}.
     *
     * @param stateCookie the value of this state's cookie ({@code StateCookie.name(state)}), null when not sent
     */
    @Transactional(dontRollbackOn = Problem.class)
    public LaunchOutcome launch(String idToken, String state, String stateCookie) {
        requireState(state);
        LoginState pending = states.find(state).orElseThrow(LaunchService::unknownState);
        if (pending.binding().usesPlatformStorage()) {
            requireFresh(pending);
            requireIdToken(idToken);
            return new LaunchOutcome.AwaitingPlatformStorage(getDataStep(pending, idToken));
        }
        LoginState login = states.consume(state).orElseThrow(LaunchService::unknownState);
        if (BrowserCheck.cookie(login, stateCookie) == BrowserCheck.Verdict.NOT_BOUND) {
            Registration registration = activeRegistration(login);
            return new LaunchOutcome.NeedsNewWindow(logins.newWindowLogin(
                    login.relaunch(registration.issuer(), registration.clientId())));
        }
        return new LaunchOutcome.Completed(validate(idToken, login));
    }

    /** The launch page's post after {@code lti.get_data}: {@code value} as read, or {@code error} when it failed. */
    @Transactional(dontRollbackOn = Problem.class)
    public CompletedLaunch completeFromPlatformStorage(String idToken, String state, String value, String error) {
        requireState(state);
        LoginState login = states.consume(state).orElseThrow(LaunchService::unknownState);
        BrowserCheck.platformStorage(login, value, error);
        return validate(idToken, login);
    }

    private CompletedLaunch validate(String idToken, LoginState login) {
        requireFresh(login);
        requireIdToken(idToken);
        Registration registration = activeRegistration(login);
        LtiLaunch launch = new LaunchValidator(clock, settings.clockSkew()).validate(new LaunchInput(idToken, login,
                registration, keySources.forJwksUri(registration.jwksUri()),
                deploymentId -> registry.deploymentForLaunch(registration, deploymentId)));
        keepServiceClaims(launch);
        return new CompletedLaunch(launch, statements.recordLaunched(launch));
    }

    /**
     * The AGS and NRPS endpoints of the launch, kept per link for the grade sender and the roster (AGS 2.0 §3.1,
     * NRPS 2.0 §3.6.1). Never fails the launch: the next launch of the link stores them again.
     */
    private void keepServiceClaims(LtiLaunch launch) {
        LinkServices services = LinkServices.of(launch);
        if (!services.offersAnything()) {
            return;
        }
        try {
            linkServices.record(services);
        } catch (RuntimeException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not keep the service endpoints of a launch", e);
        }
    }

    private GetDataStep getDataStep(LoginState login, String idToken) {
        Registration registration = activeRegistration(login);
        return new GetDataStep(login.binding().storageTarget(),
                PlatformStoragePage.origin(registration.authorizationEndpoint()),
                BrowserBinding.storageKey(login.state()), idToken, login.state(), settings.url(PLATFORM_STORAGE_PATH));
    }

    private Registration activeRegistration(LoginState login) {
        return registry.find(login.registrationId()).filter(Registration::isActive)
                .orElseThrow(() -> LtiError.LAUNCH_REGISTRATION_NOT_ACTIVE.problem("The registration this login "
                        + "started under is no longer active."));
    }

    private void requireFresh(LoginState login) {
        if (login.expiresAt().isBefore(clock.instant())) {
            throw LtiError.LAUNCH_STATE_EXPIRED.problem("The login started more than "
                    + settings.stateTtl().toSeconds() + " s ago.");
        }
    }

    private static void requireState(String state) {
        if (state == null || state.isBlank()) {
            throw LtiError.LAUNCH_MISSING_PARAMETER.problem("The launch has no state parameter.");
        }
    }

    private static void requireIdToken(String idToken) {
        if (idToken == null || idToken.isBlank()) {
            throw LtiError.LAUNCH_MISSING_PARAMETER.problem("The launch has no id_token parameter.");
        }
    }

    private static Problem unknownState() {
        return LtiError.LAUNCH_UNKNOWN_STATE.problem(
                "No pending login has this state: it was never issued here, expired and was purged, or was already used.");
    }
}
