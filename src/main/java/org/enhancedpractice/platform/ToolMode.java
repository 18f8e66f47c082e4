package org.enhancedpractice.platform;

import java.util.Locale;

/** How the tool is run: the zero-configuration default (demo on, registrations active at once) or production. */
public enum ToolMode {
    DEFAULT, PRODUCTION;

    static ToolMode parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
