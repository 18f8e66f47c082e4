package org.enhancedpractice.content.pkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CourseStructureReaderTest {
    private static final String EPT = "xmlns:ept=\"" + EptNamespace.URI + "\"";
    private final CourseStructureReader reader = new CourseStructureReader((ref, version) ->
            "ST0895".equals(ref) && "1.2".equals(version) ? Optional.of(Set.of("K1", "S1", "B1")) : Optional.empty());
    @TempDir Path dir;

    private PackageRead read(String key, String xml, String... files) throws Exception {
        return reader.read(key, PackageFixtures.write(dir, key, xml, files), ContentPackage.Source.DIRECTORY);
    }

    private static String reasons(PackageRead read) {
        return read.problems().stream().map(PackageProblem::reason).toList().toString();
    }

    @Test
    void readsAStockCmi5PackageWithoutToolMetadata() throws Exception {
        PackageRead read = read("stock", PackageFixtures.stockCourse("https://example.ac.uk/c/1",
                "https://example.ac.uk/c/1/au/1", "index_lms.html"), "index_lms.html");
        assertTrue(read.ok(), reasons(read));
        Course course = read.contentPackage().orElseThrow().course();
        assertEquals("Hand hygiene refresher", course.title().best());
        assertEquals(ModuleMetadata.NONE, course.module());
        AssignableUnit au = course.units().findFirst().orElseThrow();
        assertEquals(MoveOn.CompletedOrPassed, au.moveOn());
        assertEquals(new BigDecimal("0.7"), au.masteryScore());
        assertEquals(LaunchMethod.OwnWindow, au.launchMethod());
        assertEquals("mode=short", au.launchParameters());
        assertEquals(UnitMetadata.NONE, au.unit());
    }

    @Test
    void readsTheToolMetadataAndNestedBlocks() throws Exception {
        String xml = """
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" %s>
                  <course id="https://enhancedpractice.org/content/t">
                    <title><langstring lang="en-GB">T</langstring></title>
                    <description><langstring lang="en-GB">D</langstring></description>
                    <ept:module kind="profession" standard="ST0895" standardVersion="1.2">
                      <ept:profession>podiatry</ept:profession>
                      <ept:pillar>clinical-practice</ept:pillar>
                      <ept:workplaceActivity id="https://enhancedpractice.org/content/t/activity/a" type="reflective-account"
                          suggestedHours="1.5" offTheJob="true">
                        <ept:title lang="en-GB">Reflect</ept:title><ept:guidance lang="en-GB">How</ept:guidance>
                        <ept:pillar>education</ept:pillar><ept:ksb ref="B1"/>
                      </ept:workplaceActivity>
                    </ept:module>
                  </course>
                  <block id="https://enhancedpractice.org/content/t/block/1">
                    <title><langstring>B</langstring></title><description><langstring>B</langstring></description>
                    <block id="https://enhancedpractice.org/content/t/block/2">
                      <title><langstring>B2</langstring></title><description><langstring>B2</langstring></description>
                      <au id="https://enhancedpractice.org/content/t/au/1" moveOn="Completed">
                        <title><langstring>U</langstring></title><description><langstring>U</langstring></description>
                        <url>units/u.html?x=1</url>
                        <ept:unit kind="knowledge-check" estimatedMinutes="30" offTheJob="true">
                          <ept:pillar>research</ept:pillar><ept:ksb ref="K1"/><ept:grade send="score"/>
                        </ept:unit>
                      </au>
                    </block>
                  </block>
                </courseStructure>
                """.formatted(EPT);
        PackageRead read = read("t", xml, "units/u.html");
        assertTrue(read.ok(), reasons(read));
        Course course = read.contentPackage().orElseThrow().course();
        assertEquals(List.of("podiatry"), course.module().professions());
        assertEquals(new BigDecimal("1.5"), course.module().workplaceActivities().get(0).suggestedHours());
        assertEquals(2, course.blocks().count());
        UnitMetadata unit = course.units().findFirst().orElseThrow().unit();
        assertEquals("knowledge-check", unit.kind());
        assertEquals(30, unit.estimatedMinutes());
        assertEquals(List.of("K1"), unit.ksbs());
        assertEquals("score", unit.gradeSend());
    }

    @Test
    void rejectsXmlThatIsNotWellFormed() throws Exception {
        PackageRead read = read("broken", "<courseStructure><course></courseStructure>");
        assertTrue(reasons(read).contains("not well-formed XML at line 1"), reasons(read));
        assertEquals("cmi5.xml", read.problems().get(0).file());
        assertEquals("broken", read.problems().get(0).packageName());
    }

    @Test
    void rejectsAMissingAuFile() throws Exception {
        PackageRead read = read("missing", PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c/au",
                "units/absent.html"));
        assertEquals(1, read.problems().size(), reasons(read));
        assertEquals("au[id=https://e.org/c/au]", read.problems().get(0).element());
        assertTrue(read.problems().get(0).reason().contains("not in the package"));
    }

    @Test
    void rejectsAnAuUrlThatEscapesThePackage() throws Exception {
        PackageRead read = read("escape", PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c/au",
                "../other/index.html"));
        assertTrue(reasons(read).contains("points outside the package"), reasons(read));
    }

    @Test
    void rejectsDuplicateIds() throws Exception {
        PackageRead read = read("dup", PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c", "a.html"),
                "a.html");
        assertTrue(reasons(read).contains("id is used twice"), reasons(read));
    }

    @Test
    void rejectsIdsThatAreNotAbsoluteIris() throws Exception {
        PackageRead read = read("iri", PackageFixtures.stockCourse("course 1", "au1", "a.html"), "a.html");
        assertEquals(2, read.problems().stream().filter(p -> p.reason().contains("not an absolute IRI")).count(),
                reasons(read));
    }

    @Test
    void rejectsBadAuAttributes() throws Exception {
        String xml = PackageFixtures.stockCourse("https://e.org/c", "https://e.org/c/au", "a.html")
                .replace("moveOn=\"CompletedOrPassed\"", "moveOn=\"Finished\"")
                .replace("masteryScore=\"0.7\"", "masteryScore=\"1.5\"")
                .replace("launchMethod=\"OwnWindow\"", "launchMethod=\"Popup\"");
        String reasons = reasons(read("attrs", xml, "a.html"));
        assertTrue(reasons.contains("moveOn 'Finished'"), reasons);
        assertTrue(reasons.contains("masteryScore 1.5 is outside 0..1"), reasons);
        assertTrue(reasons.contains("launchMethod 'Popup'"), reasons);
    }

    @Test
    void rejectsAWrongRootNamespace() throws Exception {
        PackageRead read = read("ns", "<courseStructure><course id=\"https://e.org/c\"/></courseStructure>");
        assertTrue(reasons(read).contains("the root element must be <courseStructure> in the namespace"));
    }

    @Test
    void refusesDoctypeDeclarations() throws Exception {
        String xml = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<courseStructure xmlns=\"" + EptNamespace.CMI5 + "\">&e;</courseStructure>";
        PackageRead read = read("xxe", xml);
        assertTrue(reasons(read).contains("DOCTYPE"), reasons(read));
    }

    @Test
    void rejectsUnknownKsbsPillarsAndActivityTypes() throws Exception {
        String xml = """
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd" %s>
                  <course id="https://e.org/c">
                    <title><langstring>T</langstring></title><description><langstring>D</langstring></description>
                    <ept:module kind="profession" standard="ST0895" standardVersion="1.2">
                      <ept:pillar>management</ept:pillar>
                      <ept:workplaceActivity id="https://e.org/c/w" type="coffee" suggestedHours="0">
                        <ept:title>W</ept:title><ept:guidance>G</ept:guidance><ept:ksb ref="K99"/>
                      </ept:workplaceActivity>
                    </ept:module>
                  </course>
                  <au id="https://e.org/c/au"><title><langstring>U</langstring></title>
                    <description><langstring>U</langstring></description><url>a.html</url></au>
                </courseStructure>
                """.formatted(EPT);
        String reasons = reasons(read("meta", xml, "a.html"));
        assertTrue(reasons.contains("'management' is not one of"), reasons);
        assertTrue(reasons.contains("type 'coffee'"), reasons);
        assertTrue(reasons.contains("suggestedHours must be above 0"), reasons);
        assertTrue(reasons.contains("'K99' is not a KSB of ST0895 version 1.2"), reasons);
        assertTrue(reasons.contains("a profession module names at least one"), reasons);
    }

    @Test
    void reportsAMissingCourseStructureFile() throws Exception {
        java.nio.file.Files.createDirectories(dir.resolve("empty"));
        PackageRead read = reader.read("empty", dir.resolve("empty"), ContentPackage.Source.UPLOAD);
        assertTrue(reasons(read).contains("has no cmi5.xml"));
    }
}
