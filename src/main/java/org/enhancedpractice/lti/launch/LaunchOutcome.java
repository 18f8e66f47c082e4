package org.enhancedpractice.lti.launch;

import java.net.URI;
import org.enhancedpractice.lti.storage.GetDataStep;

/** What a launch request leads to: the launch itself, a platform-storage round trip first, or a new window. */
public sealed interface LaunchOutcome {

    /** The launch is valid and recorded. */
    record Completed(CompletedLaunch launch) implements LaunchOutcome {
    }

    /** The login bound itself through platform storage: the browser must read the value back first. */
    record AwaitingPlatformStorage(GetDataStep step) implements LaunchOutcome {
    }

    /**
     * The login bound itself by cookie and the browser did not send it back (third-party cookies blocked, CHIPS not
     * supported). The state is used up; {@code newWindowLogin} starts the same login top-level.
     */
    record NeedsNewWindow(URI newWindowLogin) implements LaunchOutcome {
    }
}
