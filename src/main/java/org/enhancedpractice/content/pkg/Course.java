package org.enhancedpractice.content.pkg;

import java.util.List;
import java.util.stream.Stream;

/** The course of a cmi5 course structure (§13.1.1), its children in order, and the tool's module metadata. */
public record Course(String id, LanguageMap title, LanguageMap description, List<CourseNode> children,
                     ModuleMetadata module) {
    public Course {
        children = List.copyOf(children);
    }

    /** Every AU, depth first, in course order. */
    public Stream<AssignableUnit> units() {
        return children.stream().flatMap(Course::unitsOf);
    }

    public Stream<Block> blocks() {
        return children.stream().flatMap(Course::blocksOf);
    }

    static Stream<AssignableUnit> unitsOf(CourseNode node) {
        return node instanceof Block block ? block.units() : Stream.of((AssignableUnit) node);
    }

    static Stream<Block> blocksOf(CourseNode node) {
        return node instanceof Block block
                ? Stream.concat(Stream.of(block), block.children().stream().flatMap(Course::blocksOf))
                : Stream.empty();
    }
}
