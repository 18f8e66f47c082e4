package org.enhancedpractice.content.standard;

import java.util.List;
import java.util.Objects;

/** One knowledge, skill or behaviour statement of a standard. */
public record Ksb(String id, String type, String pillar, String statement) {
    public static final List<String> TYPES = List.of("knowledge", "skill", "behaviour");

    public Ksb {
        Objects.requireNonNull(id);
        Objects.requireNonNull(type);
        Objects.requireNonNull(statement);
    }
}
