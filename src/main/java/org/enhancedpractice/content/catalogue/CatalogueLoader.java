package org.enhancedpractice.content.catalogue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.CourseStructureReader;
import org.enhancedpractice.content.pkg.PackageProblem;
import org.enhancedpractice.content.pkg.PackageRead;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.content.standard.StandardFormatException;
import org.enhancedpractice.content.standard.StandardReader;

/**
 * Builds a {@link CatalogueSnapshot} from folders of packages: standards first (from every {@code standards/} folder,
 * later sources replacing earlier ones), then each package folder on its own, so one broken package never stops the
 * others. Course ids must be unique across all packages; folder names are the keys used in URLs.
 */
public final class CatalogueLoader {
    public static final String STANDARDS_FOLDER = "standards";
    static final Pattern KEY = Pattern.compile("[a-z0-9][a-z0-9._-]{0,79}");

    /** A folder of package folders, and where it came from. */
    public record Source(Path folder, ContentPackage.Source kind, java.util.Set<String> skip) {
        public Source(Path folder, ContentPackage.Source kind) {
            this(folder, kind, java.util.Set.of());
        }
    }

    private final List<PackageProblem> problems = new ArrayList<>();
    private final Map<String, ApprenticeshipStandard> standards = new HashMap<>();

    public CatalogueSnapshot load(List<Source> sources, List<ApprenticeshipStandard> extraStandards) {
        sources.forEach(s -> readStandards(s.folder().resolve(STANDARDS_FOLDER)));
        extraStandards.forEach(s -> standards.put(CatalogueSnapshot.standardKey(s.reference(), s.version()), s));
        CourseStructureReader reader = new CourseStructureReader((ref, version) -> Optional.ofNullable(
                standards.get(CatalogueSnapshot.standardKey(ref, version))).map(ApprenticeshipStandard::ksbIds));
        Map<String, ContentPackage> packages = new LinkedHashMap<>();
        for (Source source : sources) {
            for (Path folder : packageFolders(source.folder())) {
                String key = folder.getFileName().toString();
                if (source.skip().contains(key)) {
                    continue;
                }
                if (!KEY.matcher(key).matches()) {
                    problems.add(new PackageProblem(key, key, null, "folder names must be lower case letters, digits,"
                            + " dots, hyphens or underscores (they appear in URLs)"));
                    continue;
                }
                PackageRead read = reader.read(key, folder, source.kind());
                problems.addAll(read.problems());
                read.contentPackage().ifPresent(p -> add(packages, p));
            }
        }
        return new CatalogueSnapshot(packages, standards, problems);
    }

    private void add(Map<String, ContentPackage> packages, ContentPackage p) {
        ContentPackage sameKey = packages.get(p.key());
        Optional<ContentPackage> sameCourse = packages.values().stream()
                .filter(other -> other.course().id().equals(p.course().id())).findFirst();
        if (sameKey != null) {
            problems.add(new PackageProblem(p.key(), "cmi5.xml", "course", "a package named '" + p.key()
                    + "' is already loaded from " + sameKey.source().name().toLowerCase(java.util.Locale.ROOT)));
        } else if (sameCourse.isPresent()) {
            problems.add(new PackageProblem(p.key(), "cmi5.xml", "course[id=" + p.course().id() + "]",
                    "the course id is already used by package '" + sameCourse.get().key() + "'"));
        } else {
            packages.put(p.key(), p);
        }
    }

    private void readStandards(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    ApprenticeshipStandard s = StandardReader.read(in);
                    standards.put(CatalogueSnapshot.standardKey(s.reference(), s.version()), s);
                } catch (StandardFormatException | IOException e) {
                    problems.add(new PackageProblem(STANDARDS_FOLDER, file.getFileName().toString(), null,
                            e.getMessage()));
                }
            }
        } catch (IOException e) {
            problems.add(new PackageProblem(STANDARDS_FOLDER, folder.toString(), null, "cannot list: " + e.getMessage()));
        }
    }

    private List<Path> packageFolders(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isDirectory)
                    .filter(p -> !p.getFileName().toString().equals(STANDARDS_FOLDER))
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            problems.add(new PackageProblem(folder.toString(), folder.toString(), null, "cannot list: " + e.getMessage()));
            return List.of();
        }
    }
}
