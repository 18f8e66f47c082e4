package org.enhancedpractice.content.pkg;

/** A child of a course or block in a cmi5 course structure (§13.1.2, §13.1.4). */
public sealed interface CourseNode permits Block, AssignableUnit {
    String id();

    LanguageMap title();
}
