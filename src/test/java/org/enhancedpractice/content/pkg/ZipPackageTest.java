package org.enhancedpractice.content.pkg;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipPackageTest {
    @TempDir Path dir;

    static byte[] zip(String... namesAndContents) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (int i = 0; i < namesAndContents.length; i += 2) {
                zip.putNextEntry(new ZipEntry(namesAndContents[i]));
                zip.write(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    private String refusal(byte[] zip, long maxBytes, int maxFiles) {
        return assertThrows(ZipPackage.Refused.class, () -> new ZipPackage(maxBytes, maxFiles)
                .unpack(new ByteArrayInputStream(zip), dir.resolve("p"))).getMessage();
    }

    @Test
    void unpacksAPackageWithCmi5XmlAtTheTop() throws Exception {
        new ZipPackage(10_000, 10).unpack(new ByteArrayInputStream(zip("cmi5.xml", "<x/>", "units/a.html", "a")),
                dir.resolve("p"));
        assertTrue(Files.isRegularFile(dir.resolve("p/units/a.html")));
    }

    @Test
    void refusesPathTraversal() throws Exception {
        String why = refusal(zip("cmi5.xml", "<x/>", "../../evil.sh", "x"), 10_000, 10);
        assertTrue(why.contains("outside the package folder"), why);
        assertTrue(Files.notExists(dir.resolve("evil.sh")));
    }

    @Test
    void refusesAbsolutePaths() throws Exception {
        assertTrue(refusal(zip("/etc/cron.d/x", "x"), 10_000, 10).contains("absolute path"));
        assertTrue(refusal(zip("C:\\\\windows\\\\x", "x"), 10_000, 10).contains("absolute path"));
    }

    @Test
    void refusesTooManyFiles() throws Exception {
        assertTrue(refusal(zip("cmi5.xml", "a", "b", "b", "c", "c"), 10_000, 2).contains("more than 2 files"));
    }

    @Test
    void refusesMoreBytesThanAllowedWhateverTheHeadersSay() throws Exception {
        assertTrue(refusal(zip("cmi5.xml", "x".repeat(5000)), 1000, 10).contains("larger than 1000 bytes"));
    }

    @Test
    void refusesAZipWithoutCmi5XmlAtTheTop() throws Exception {
        assertTrue(refusal(zip("course/cmi5.xml", "<x/>"), 10_000, 10).contains("top level"));
    }

    @Test
    void refusesSomethingThatIsNotAZip() {
        assertTrue(refusal("plain text".getBytes(StandardCharsets.UTF_8), 10_000, 10).contains("not a zip"));
    }
}
