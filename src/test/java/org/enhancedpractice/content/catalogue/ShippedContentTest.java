package org.enhancedpractice.content.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.enhancedpractice.content.pkg.AssignableUnit;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.EptNamespace;
import org.enhancedpractice.content.pkg.UnitMetadata;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The modules shipped in content-packages/ load without a single problem and have the shape the issue asks for. */
class ShippedContentTest {
    private static CatalogueSnapshot snapshot;

    @BeforeAll
    static void load() {
        snapshot = new CatalogueLoader().load(List.of(new CatalogueLoader.Source(Path.of("content-packages"),
                ContentPackage.Source.BUNDLED)), List.of());
    }

    @Test
    void everyShippedPackageLoadsWithoutProblems() {
        assertEquals(List.of(), snapshot.problems());
    }

    @Test
    void everyProfessionModuleHasThreeLessonsAScoredCheckAndThreeWorkplaceActivities() {
        for (ContentPackage p : snapshot.packages().values()) {
            List<AssignableUnit> units = p.course().units().toList();
            long lessons = units.stream().filter(u -> UnitMetadata.KIND_LESSON.equals(u.unit().kind())).count();
            List<AssignableUnit> checks = units.stream()
                    .filter(u -> UnitMetadata.KIND_KNOWLEDGE_CHECK.equals(u.unit().kind())).toList();
            assertTrue(lessons >= 3, p.key() + " has " + lessons + " lessons");
            assertEquals(1, checks.size(), p.key() + " knowledge checks");
            assertTrue(checks.get(0).masteryScore() != null, p.key() + ": the check is scored against a mastery score");
            assertTrue(p.module().workplaceActivities().size() >= 3, p.key() + " workplace activities");
            assertEquals(p.module().workplaceActivities().size(), p.module().workplaceActivities().stream()
                    .map(a -> a.type()).distinct().count(), p.key() + ": each workplace activity is of another type");
        }
    }

    @Test
    void knowledgeChecksMarkExactlyOneExistingAnswerPerQuestion() throws Exception {
        Pattern fieldset = Pattern.compile("<fieldset[^>]*data-question=\"([^\"]+)\"[^>]*data-correct=\"([^\"]+)\"[^>]*>"
                + "(.*?)</fieldset>", Pattern.DOTALL);
        for (ContentPackage p : snapshot.packages().values()) {
            for (AssignableUnit au : p.course().units().toList()) {
                String html = Files.readString(p.root().resolve(au.url()));
                assertTrue(html.contains("../../_ept/cmi5-au.js"), au.url() + " loads the tool's cmi5 client");
                assertTrue(html.contains("lang=\"en-GB\""), au.url() + " is marked British English");
                assertTrue(!html.matches("(?s).*(src|href)=\"https?://.*"), au.url() + " loads nothing from elsewhere");
                Matcher m = fieldset.matcher(html);
                while (m.find()) {
                    String body = m.group(3);
                    for (String answer : m.group(2).split(",")) {
                        assertTrue(body.contains("value=\"" + answer.trim() + "\""),
                                p.key() + "/" + au.url() + " " + m.group(1) + ": answer " + answer + " is not an option");
                    }
                }
            }
        }
    }

    @Test
    void theTenProfessionsAndTheCoreAreShipped() {
        List<String> professions = snapshot.packages().values().stream()
                .flatMap(p -> p.module().professions().stream()).sorted().toList();
        assertTrue(snapshot.packages().values().stream().anyMatch(p -> "core".equals(p.module().kind())));
        assertEquals(EptNamespace.PROFESSIONS.stream().sorted().toList(), professions);
    }
}
