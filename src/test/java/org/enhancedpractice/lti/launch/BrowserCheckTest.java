package org.enhancedpractice.lti.launch;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.UUID;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.login.BrowserBinding;
import org.enhancedpractice.lti.login.LoginHints;
import org.enhancedpractice.lti.login.LoginState;
import org.enhancedpractice.platform.Problem;
import org.junit.jupiter.api.Test;

/** One test per browser-binding rule at launch (Security Framework 1.0 §5.1.1.3; lti-cs-oidc v0.1; ADR 0005). */
class BrowserCheckTest {
    private static final String STATE = "state-7f2c";
    private static final String SECRET = "secret-41d0";

    private static LoginState login(BrowserBinding binding) {
        return new LoginState(STATE, "nonce-1", UUID.fromString("00000000-0000-0000-0000-000000000001"), null,
                "https://ept.example/lti/launch", Instant.parse("2026-11-25T10:05:00Z"), binding,
                new LoginHints("u1", null));
    }

    private static String code(Runnable check) {
        return assertThrows(Problem.class, check::run).code();
    }

    @Test
    void cookieEqualToTheStateBindsTheBrowser() {
        assertEquals(BrowserCheck.Verdict.BOUND, BrowserCheck.cookie(login(BrowserBinding.cookie()), STATE));
    }

    @Test
    void missingCookieIsNotBoundRatherThanAccepted() {
        assertEquals(BrowserCheck.Verdict.NOT_BOUND, BrowserCheck.cookie(login(BrowserBinding.cookie()), null));
    }

    @Test
    void rejectsCookieOfAnotherState() {
        assertEquals(LtiError.LAUNCH_STATE_MISMATCH.code(),
                code(() -> BrowserCheck.cookie(login(BrowserBinding.cookie()), "state-other")));
    }

    @Test
    void rejectsPlatformStorageLoginBroughtBackAsCookieLaunch() {
        LoginState storage = login(BrowserBinding.platformStorage("_parent", SECRET));
        assertEquals(LtiError.LAUNCH_STATE_MISMATCH.code(), code(() -> BrowserCheck.cookie(storage, STATE)));
    }

    @Test
    void storedValueReadBackBindsTheBrowser() {
        LoginState storage = login(BrowserBinding.platformStorage("post_message_forwarding", SECRET));
        assertDoesNotThrow(() -> BrowserCheck.platformStorage(storage, SECRET, null));
    }

    @Test
    void rejectsAnotherValueFromPlatformStorage() {
        LoginState storage = login(BrowserBinding.platformStorage("_parent", SECRET));
        assertEquals(LtiError.LAUNCH_STORAGE_MISMATCH.code(),
                code(() -> BrowserCheck.platformStorage(storage, "secret-of-another-login", null)));
        assertEquals(LtiError.LAUNCH_STORAGE_MISMATCH.code(),
                code(() -> BrowserCheck.platformStorage(storage, STATE, null)), "the state is not the secret");
    }

    @Test
    void rejectsPlatformThatDidNotAnswerOrHadNoValue() {
        LoginState storage = login(BrowserBinding.platformStorage("_parent", SECRET));
        assertEquals(LtiError.LAUNCH_STORAGE_UNAVAILABLE.code(),
                code(() -> BrowserCheck.platformStorage(storage, null, "timeout")));
        assertEquals(LtiError.LAUNCH_STORAGE_UNAVAILABLE.code(),
                code(() -> BrowserCheck.platformStorage(storage, null, null)));
        assertEquals(LtiError.LAUNCH_STORAGE_UNAVAILABLE.code(),
                code(() -> BrowserCheck.platformStorage(storage, SECRET, "timeout")), "an error wins over a value");
    }

    @Test
    void rejectsCookieLoginBroughtBackThroughPlatformStorage() {
        assertEquals(LtiError.LAUNCH_STATE_MISMATCH.code(),
                code(() -> BrowserCheck.platformStorage(login(BrowserBinding.cookie()), SECRET, null)));
    }
}
