package org.enhancedpractice.content.pkg;

/** One reason a package was refused: which package, file and element, and why (read by administrators). */
public record PackageProblem(String packageName, String file, String element, String reason) {
    @Override
    public String toString() {
        return packageName + ": " + file + (element == null ? "" : " <" + element + ">") + ": " + reason;
    }
}
