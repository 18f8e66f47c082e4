package org.enhancedpractice.content.pkg;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded package zip (cmi5 §14.1: {@code cmi5.xml} at the root of the zip) into an empty folder, refusing
 * entries that would land outside it ({@code ../}, absolute paths, drive letters), more files than allowed, and more
 * bytes than allowed (counted while reading, so a zip bomb stops at the limit whatever its headers claim).
 */
public final class ZipPackage {
    /** The upload is refused; the message says why in words an administrator understands. */
    public static final class Refused extends Exception {
        public Refused(String message) {
            super(message);
        }
    }

    private final long maxBytes;
    private final int maxFiles;

    public ZipPackage(long maxBytes, int maxFiles) {
        this.maxBytes = maxBytes;
        this.maxFiles = maxFiles;
    }

    public void unpack(InputStream zip, Path target) throws Refused, IOException {
        Path root = target.toAbsolutePath().normalize();
        long total = 0;
        int files = 0;
        boolean courseStructure = false;
        try (ZipInputStream in = new ZipInputStream(zip)) {
            ZipEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                Path destination = destination(root, entry.getName());
                if (entry.isDirectory()) {
                    Files.createDirectories(destination);
                    continue;
                }
                if (++files > maxFiles) {
                    throw new Refused("the zip holds more than " + maxFiles + " files");
                }
                courseStructure |= destination.equals(root.resolve(EptNamespace.COURSE_STRUCTURE_FILE));
                Files.createDirectories(destination.getParent());
                total = copy(in, destination, total);
            }
        } catch (ZipException e) {
            throw new Refused("not a readable zip file: " + e.getMessage());
        }
        if (files == 0) {
            throw new Refused("the zip is empty or not a zip file");
        }
        if (!courseStructure) {
            throw new Refused("cmi5.xml must be at the top level of the zip (cmi5 §14.1)");
        }
    }

    private Path destination(Path root, String name) throws Refused {
        String normalised = name.replace('\\', '/');
        if (normalised.startsWith("/") || normalised.matches("^[A-Za-z]:.*") || normalised.contains("\0")) {
            throw new Refused("entry '" + name + "' has an absolute path");
        }
        Path destination = root.resolve(normalised).normalize();
        if (!destination.startsWith(root) || destination.equals(root)) {
            throw new Refused("entry '" + name + "' would be written outside the package folder");
        }
        return destination;
    }

    private long copy(InputStream in, Path destination, long total) throws IOException, Refused {
        byte[] buffer = new byte[8192];
        try (OutputStream out = Files.newOutputStream(destination)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new Refused("the unpacked package is larger than " + maxBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        }
        return total;
    }
}
