package org.enhancedpractice.content.pkg;

import java.util.List;
import java.util.Optional;

/** The result of reading one package: the package when it has no problem, and every problem found. */
public record PackageRead(Optional<ContentPackage> contentPackage, List<PackageProblem> problems) {
    public PackageRead {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return problems.isEmpty();
    }
}
