package org.enhancedpractice.content.pkg;

/** cmi5 §13.1.4 {@code launchMethod}. */
public enum LaunchMethod {
    AnyWindow, OwnWindow;

    public static LaunchMethod parse(String value) {
        for (LaunchMethod m : values()) {
            if (m.name().equals(value)) {
                return m;
            }
        }
        return null;
    }
}
