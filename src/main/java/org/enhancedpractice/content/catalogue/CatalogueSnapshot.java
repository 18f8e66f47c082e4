package org.enhancedpractice.content.catalogue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.PackageProblem;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;

/** One consistent view of what is loaded; replaced whole on reload, so readers never see half a reload. */
public record CatalogueSnapshot(Map<String, ContentPackage> packages, Map<String, ApprenticeshipStandard> standards,
                                List<PackageProblem> problems) {
    public static final CatalogueSnapshot EMPTY = new CatalogueSnapshot(Map.of(), Map.of(), List.of());

    public CatalogueSnapshot {
        packages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(packages));
        standards = Map.copyOf(standards);
        problems = List.copyOf(problems);
    }

    static String standardKey(String reference, String version) {
        return reference + "@" + version;
    }

    public Optional<ApprenticeshipStandard> standard(String reference, String version) {
        return Optional.ofNullable(standards.get(standardKey(reference, version)));
    }

    public Optional<ContentPackage> byCourseId(String courseId) {
        return packages.values().stream().filter(p -> p.course().id().equals(courseId)).findFirst();
    }

    /** The package and AU with this publisher id (cmi5 §13.1.4 AU id). */
    public Optional<Map.Entry<ContentPackage, AssignableUnit>> unit(String auId) {
        for (ContentPackage p : packages.values()) {
            Optional<AssignableUnit> au = p.course().units().filter(u -> u.id().equals(auId)).findFirst();
            if (au.isPresent()) {
                return Optional.of(Map.entry(p, au.get()));
            }
        }
        return Optional.empty();
    }
}
