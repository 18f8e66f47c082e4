package org.enhancedpractice.content.pkg;

import java.util.List;
import java.util.stream.Stream;

/** A cmi5 block (§13.1.2): titled group of AUs and blocks. */
public record Block(String id, LanguageMap title, LanguageMap description, List<CourseNode> children)
        implements CourseNode {
    public Block {
        children = List.copyOf(children);
    }

    public Stream<AssignableUnit> units() {
        return children.stream().flatMap(Course::unitsOf);
    }
}
