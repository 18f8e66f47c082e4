package org.enhancedpractice.lti.config;

import static org.enhancedpractice.platform.JsonSupport.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.enhancedpractice.lti.registry.PlatformRegistry;
import org.enhancedpractice.platform.ConfigurationProblem;
import org.enhancedpractice.platform.ToolReady;
import org.enhancedpractice.platform.ToolSettings;

/** Loads every {@code *.json} directly in the configured lti-config directory at start-up (sub-folders are ignored). */
@ApplicationScoped
public class StaticPlatformFiles {
    private static final Logger LOG = Logger.getLogger(StaticPlatformFiles.class.getName());

    @Inject ToolSettings settings;
    @Inject PlatformRegistry registry;

    void onStart(@Observes ToolReady ready) {
        List<PlatformFile> files = read(settings.ltiConfigDir(), settings.isDefaultMode());
        List<String> problems = check(files);
        if (!problems.isEmpty()) {
            throw new ConfigurationProblem(problems);
        }
        files.forEach(f -> registry.registerStatic(f.details(), f.sharedIssuer()));
        LOG.info(() -> "Loaded " + files.size() + " static platform file(s) from " + settings.ltiConfigDir().toAbsolutePath());
    }

    /** Every problem of every file, plus registrations defined twice. */
    public static List<String> check(List<PlatformFile> files) {
        List<String> problems = new ArrayList<>();
        Map<String, String> seen = new HashMap<>(); // issuer + client_id -> file that defined it first
        for (PlatformFile file : files) {
            problems.addAll(file.problems());
            if (file.details() != null) {
                String key = file.details().issuer() + " " + file.details().clientId();
                String first = seen.putIfAbsent(key, file.file());
                if (first != null) {
                    problems.add(file.file() + ": issuer '" + file.details().issuer() + "' with client_id '"
                            + file.details().clientId() + "' is already defined in " + first);
                }
            }
        }
        return problems;
    }

    public static List<PlatformFile> read(Path dir, boolean allowLoopbackHttp) {
        if (!Files.isDirectory(dir)) {
            LOG.info(() -> "No static platform directory at " + dir.toAbsolutePath());
            return List.of();
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).sorted()
                    .map(p -> readOne(p, allowLoopbackHttp)).toList();
        } catch (IOException e) {
            throw new ConfigurationProblem(List.of("cannot list " + dir.toAbsolutePath() + ": " + e.getMessage()));
        }
    }

    static PlatformFile readOne(Path path, boolean allowLoopbackHttp) {
        String name = path.getFileName().toString();
        try (Reader in = Files.newBufferedReader(path, StandardCharsets.UTF_8); JsonReader json = JSON.createReader(in)) {
            return PlatformFile.parse(name, json.readObject(), allowLoopbackHttp);
        } catch (JsonException | IllegalStateException e) {
            return PlatformFile.unreadable(name, "is not a JSON object: " + e.getMessage());
        } catch (IOException e) {
            return PlatformFile.unreadable(name, "cannot be read: " + e.getMessage());
        }
    }
}
