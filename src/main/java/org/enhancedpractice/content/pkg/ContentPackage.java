package org.enhancedpractice.content.pkg;

import java.nio.file.Path;

/**
 * A loaded module: its key (the folder name, used in URLs), where its files are, its course structure, and where it
 * came from (shipped with the tool, the configured content folder, or an administrator's upload).
 */
public record ContentPackage(String key, Path root, Course course, Source source) {
    public enum Source { BUNDLED, DIRECTORY, UPLOAD }

    public ModuleMetadata module() {
        return course.module();
    }
}
