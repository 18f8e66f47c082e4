package org.enhancedpractice.content;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The content capability's configuration keys (docs/configuration.md). */
@ApplicationScoped
public class ContentSettings {
    @Inject @ConfigProperty(name = "ept.content.bundled", defaultValue = "true")
    boolean bundled;
    @Inject @ConfigProperty(name = "ept.content.dir")
    Optional<String> dir;
    @Inject @ConfigProperty(name = "ept.content.cache-dir", defaultValue = "data/content-cache")
    String cacheDir;
    @Inject @ConfigProperty(name = "ept.content.upload.max-bytes", defaultValue = "209715200")
    long uploadMaxBytes;
    @Inject @ConfigProperty(name = "ept.content.upload.max-files", defaultValue = "5000")
    int uploadMaxFiles;
    @Inject @ConfigProperty(name = "ept.cmi5.session-timeout-minutes", defaultValue = "240")
    long sessionTimeoutMinutes;
    @Inject @ConfigProperty(name = "ept.cmi5.terminated-grace-seconds", defaultValue = "10")
    long terminatedGraceSeconds;

    /** Whether the modules shipped inside the tool are loaded. */
    public boolean bundled() {
        return bundled;
    }

    /** A folder of the university's own packages (same shape as content-packages/), if configured. */
    public Optional<Path> directory() {
        return dir.filter(s -> !s.isBlank()).map(Path::of);
    }

    /** Where uploaded packages (kept in the database) are unpacked on this instance. */
    public Path cacheDir() {
        return Path.of(cacheDir);
    }

    public long uploadMaxBytes() {
        return uploadMaxBytes;
    }

    public int uploadMaxFiles() {
        return uploadMaxFiles;
    }

    /** An AU session without statements for this long is abandoned (cmi5 §9.3.6). */
    public java.time.Duration sessionTimeout() {
        return java.time.Duration.ofMinutes(sessionTimeoutMinutes);
    }

    /** After terminated, statements of the session are refused once this grace period has passed (cmi5 §9.3.8). */
    public java.time.Duration terminatedGrace() {
        return java.time.Duration.ofSeconds(terminatedGraceSeconds);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (uploadMaxBytes < 1024) {
            problems.add("ept.content.upload.max-bytes must be at least 1024");
        }
        if (uploadMaxFiles < 1) {
            problems.add("ept.content.upload.max-files must be at least 1");
        }
        if (sessionTimeoutMinutes < 1) {
            problems.add("ept.cmi5.session-timeout-minutes must be at least 1");
        }
        return problems;
    }
}
