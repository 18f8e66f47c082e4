package org.enhancedpractice.platform;

import java.util.List;

/** Invalid configuration found at start-up: the tool refuses to start and says exactly what to fix. */
public class ConfigurationProblem extends RuntimeException {
    private final List<String> problems;

    public ConfigurationProblem(List<String> problems) {
        super("Invalid configuration:\n  - " + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
