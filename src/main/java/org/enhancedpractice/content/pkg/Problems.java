package org.enhancedpractice.content.pkg;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one file of one package. */
final class Problems {
    private final String packageName;
    private final String file;
    private final List<PackageProblem> found = new ArrayList<>();

    Problems(String packageName, String file) {
        this.packageName = packageName;
        this.file = file;
    }

    void add(String element, String reason) {
        found.add(new PackageProblem(packageName, file, element, reason));
    }

    List<PackageProblem> list() {
        return found;
    }

    boolean isEmpty() {
        return found.isEmpty();
    }
}
