package org.enhancedpractice.content.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.PackageFixtures;
import org.enhancedpractice.content.pkg.PackageProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogueLoaderTest {
    @TempDir Path dir;

    @Test
    void oneBrokenPackageNeverStopsTheOthers() throws Exception {
        PackageFixtures.write(dir, "good", PackageFixtures.stockCourse("https://e.org/good", "https://e.org/good/au",
                "a.html"), "a.html");
        PackageFixtures.write(dir, "broken", "<courseStructure");
        PackageFixtures.write(dir, "missing-file", PackageFixtures.stockCourse("https://e.org/m", "https://e.org/m/au",
                "gone.html"));
        CatalogueSnapshot snapshot = new CatalogueLoader().load(List.of(
                new CatalogueLoader.Source(dir, ContentPackage.Source.DIRECTORY)), List.of());
        assertEquals(List.of("good"), List.copyOf(snapshot.packages().keySet()));
        assertEquals(java.util.Set.of("broken", "missing-file"), snapshot.problems().stream()
                .map(PackageProblem::packageName).collect(java.util.stream.Collectors.toSet()));
    }

    @Test
    void refusesASecondPackageWithTheSameCourseId() throws Exception {
        PackageFixtures.write(dir, "a", PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c/au1",
                "a.html"), "a.html");
        PackageFixtures.write(dir, "b", PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c/au2",
                "a.html"), "a.html");
        CatalogueSnapshot snapshot = new CatalogueLoader().load(List.of(
                new CatalogueLoader.Source(dir, ContentPackage.Source.DIRECTORY)), List.of());
        assertEquals(List.of("a"), List.copyOf(snapshot.packages().keySet()));
        assertTrue(snapshot.problems().get(0).reason().contains("already used by package 'a'"));
    }

    @Test
    void refusesFolderNamesThatCannotBeUrls() throws Exception {
        Files.createDirectories(dir.resolve("Has Space"));
        CatalogueSnapshot snapshot = new CatalogueLoader().load(List.of(
                new CatalogueLoader.Source(dir, ContentPackage.Source.DIRECTORY)), List.of());
        assertTrue(snapshot.problems().get(0).reason().contains("folder names"));
    }
}
