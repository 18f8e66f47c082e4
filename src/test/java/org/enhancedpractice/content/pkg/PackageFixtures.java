package org.enhancedpractice.content.pkg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes small package folders for tests: a stock cmi5 course structure as an authoring tool would export it. */
public final class PackageFixtures {
    private PackageFixtures() {
    }

    public static String stockCourse(String courseId, String auId, String url) {
        return """
                <?xml version="1.0" encoding="utf-8"?>
                <courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
                  <course id="%s">
                    <title><langstring lang="en-US">Hand hygiene refresher</langstring></title>
                    <description><langstring lang="en-US">Exported from an authoring tool.</langstring></description>
                  </course>
                  <au id="%s" moveOn="CompletedOrPassed" masteryScore="0.7" launchMethod="OwnWindow">
                    <title><langstring lang="en-US">Refresher</langstring></title>
                    <description><langstring lang="en-US">One unit.</langstring></description>
                    <url>%s</url>
                    <launchParameters>mode=short</launchParameters>
                  </au>
                </courseStructure>
                """.formatted(courseId, auId, url);
    }

    public static Path write(Path parent, String key, String cmi5Xml, String... files) throws IOException {
        Path root = Files.createDirectories(parent.resolve(key));
        Files.writeString(root.resolve("cmi5.xml"), cmi5Xml, StandardCharsets.UTF_8);
        for (String file : files) {
            Path target = root.resolve(file);
            Files.createDirectories(target.getParent());
            Files.writeString(target, "<!DOCTYPE html><title>unit</title>", StandardCharsets.UTF_8);
        }
        return root;
    }
}
