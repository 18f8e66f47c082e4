package org.enhancedpractice.lti.login;

import java.util.Objects;

/**
 * How the browser that started a login is recognised when its launch comes back (Security Framework 1.0 §5.1.1.3:
 * the state must be bound to the user agent, against login CSRF). See docs/adr/0005-launch-state-without-third-party-cookies.md.
 *
 * @param mode          cookie or platform storage
 * @param storageTarget the window the platform stores data in ({@code _parent} or a frame name); platform storage only
 * @param storageValue  the per-login secret the login page puts into platform storage and the launch page must read
 *                      back; platform storage only
 */
public record BrowserBinding(Mode mode, String storageTarget, String storageValue) {
    public enum Mode {
        /** A {@code SameSite=None; Secure; Partitioned} cookie named after the state ({@link StateCookie}). */
        COOKIE,
        /** {@code lti.put_data} at login, {@code lti.get_data} at launch (1EdTech lti-cs-oidc / lti-pm-s v0.1). */
        PLATFORM_STORAGE
    }

    public BrowserBinding {
        Objects.requireNonNull(mode);
        if (mode == Mode.COOKIE && (storageTarget != null || storageValue != null)) {
            throw new IllegalArgumentException("A cookie binding has no storage target or value");
        }
        if (mode == Mode.PLATFORM_STORAGE && (StorageTarget.invalid(storageTarget) || storageValue == null
                || storageValue.isBlank())) {
            throw new IllegalArgumentException("Platform storage needs a valid target and a value");
        }
    }

    public static BrowserBinding cookie() {
        return new BrowserBinding(Mode.COOKIE, null, null);
    }

    public static BrowserBinding platformStorage(String target, String value) {
        return new BrowserBinding(Mode.PLATFORM_STORAGE, target, value);
    }

    public boolean usesPlatformStorage() {
        return mode == Mode.PLATFORM_STORAGE;
    }

    /** The platform-storage key of a login: derived from its state, as lti-cs-oidc's examples do. */
    public static String storageKey(String state) {
        return "state_" + state;
    }
}
