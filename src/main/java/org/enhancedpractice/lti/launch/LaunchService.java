package org.enhancedpractice.lti.launch;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import org.enhancedpractice.platform.Problem;
import java.time.Clock;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.lti.persistence.JpaLoginStateStore;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.lti.registry.Registration;
import org.enhancedpractice.lti.persistence.JpaLinkServicesStore;
import org.enhancedpractice.lti.services.LinkServices;
import org.enhancedpractice.platform.ToolSettings;

/**
 * Completes a launch: consumes the login state (single use, whatever the outcome), validates the id_token and
 * records the launch as an xAPI statement.
 */
@ApplicationScoped
public class LaunchService {
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(LaunchService.class.getName());
    @Inject JpaLoginStateStore states;
    @Inject PlatformRegistry registry;
    @Inject PlatformKeySources keySources;
    @Inject LaunchStatements statements;
    @Inject ToolSettings settings;
    @Inject Clock clock;
    @Inject JpaLinkServicesStore linkServices;

    /**
     * One transaction for the whole launch. A refused launch still commits, so the state it consumed stays consumed:
     * a rejected id_token cannot be retried with the same state.
     *
     * @param browserState the state cookie, when the browser sent one: it must then match (login CSRF defence,
     *                     Security Framework §5.1.1.3). Without it the single-use server-side state still holds.
     */
    @Transactional(dontRollbackOn = Problem.class)
    public CompletedLaunch launch(String idToken, String state, String browserState) {
        if (state == null || state.isBlank()) {
            throw LtiError.LAUNCH_MISSING_PARAMETER.problem("The launch has no state parameter.");
        }
        LoginState login = states.consume(state).orElseThrow(() -> LtiError.LAUNCH_UNKNOWN_STATE.problem(
                "No pending login has this state: it was never issued here, expired and was purged, or was already used."));
        if (browserState != null && !browserState.equals(state)) {
            throw LtiError.LAUNCH_STATE_MISMATCH.problem("The state does not match the one this browser started with.");
        }
        if (login.expiresAt().isBefore(clock.instant())) {
            throw LtiError.LAUNCH_STATE_EXPIRED.problem("The login started more than "
                    + settings.stateTtl().toSeconds() + " s ago.");
        }
        if (idToken == null || idToken.isBlank()) {
            throw LtiError.LAUNCH_MISSING_PARAMETER.problem("The launch has no id_token parameter.");
        }
        Registration registration = registry.find(login.registrationId()).filter(Registration::isActive)
                .orElseThrow(() -> LtiError.LAUNCH_REGISTRATION_NOT_ACTIVE.problem("The registration this login "
                        + "started under is no longer active."));
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
}
