package org.enhancedpractice.content.pkg;

import java.util.Optional;
import java.util.Set;

/** The KSB ids of a standard version, if that catalogue is loaded. */
@FunctionalInterface
public interface KsbLookup {
    Optional<Set<String>> ksbIds(String standard, String version);
}
