package org.enhancedpractice.lti.launch;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.enhancedpractice.lti.LtiError;
import org.enhancedpractice.lti.login.LoginState;

/**
 * Is the browser that brings a launch back the one that started its login (Security Framework 1.0 §5.1.1.3)?
 * Fails closed: a wrong value, a platform that did not answer, or evidence of the other binding mode is refused
 * with its own code. Only a cookie-bound login without its cookie gets a second chance, in a new window (ADR 0005).
 */
final class BrowserCheck {
    enum Verdict { BOUND, NOT_BOUND }

    private BrowserCheck() {
    }

    /** A cookie-bound login, brought back by the platform's form post with whatever cookie the browser sent. */
    static Verdict cookie(LoginState login, String cookieValue) {
        if (login.binding().usesPlatformStorage()) {
            throw LtiError.LAUNCH_STATE_MISMATCH.problem("This login keeps its check in platform storage, not a cookie.");
        }
        if (cookieValue == null) {
            return Verdict.NOT_BOUND;
        }
        if (!same(cookieValue, login.state())) {
            throw LtiError.LAUNCH_STATE_MISMATCH.problem("The state does not match the one this browser started with.");
        }
        return Verdict.BOUND;
    }

    /** A platform-storage login, brought back by the launch page with the value it read ({@code lti.get_data}). */
    static void platformStorage(LoginState login, String value, String error) {
        if (!login.binding().usesPlatformStorage()) {
            throw LtiError.LAUNCH_STATE_MISMATCH.problem("This login is bound by cookie, not platform storage.");
        }
        if (error != null || value == null) {
            throw LtiError.LAUNCH_STORAGE_UNAVAILABLE.problem("The VLE did not return the value this login stored ("
                    + (error == null ? "no value" : error) + "). Open the activity again, or in a new window.");
        }
        if (!same(value, login.binding().storageValue())) {
            throw LtiError.LAUNCH_STORAGE_MISMATCH.problem("The value in the VLE's storage is not the one this login "
                    + "stored: the launch did not start in this browser.");
        }
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
