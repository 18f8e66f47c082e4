package org.enhancedpractice.content.catalogue;

import java.util.List;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.PackageProblem;

/** The result of an upload: the loaded package, or why it was refused. */
public record UploadOutcome(ContentPackage loaded, List<PackageProblem> problems) {
    public UploadOutcome {
        problems = List.copyOf(problems);
    }

    static UploadOutcome loaded(ContentPackage p) {
        return new UploadOutcome(p, List.of());
    }

    static UploadOutcome refused(List<PackageProblem> problems) {
        return new UploadOutcome(null, problems);
    }

    static UploadOutcome refused(String reason) {
        return new UploadOutcome(null, List.of(new PackageProblem("upload", "zip", null, reason)));
    }
}
