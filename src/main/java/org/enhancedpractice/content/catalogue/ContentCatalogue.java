package org.enhancedpractice.content.catalogue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.enhancedpractice.content.ContentSettings;
import org.enhancedpractice.content.persistence.JpaContentStore;
import org.enhancedpractice.content.persistence.StoredUpload;
import org.enhancedpractice.content.pkg.ContentPackage;
import org.enhancedpractice.content.pkg.ZipPackage;
import org.enhancedpractice.content.standard.ApprenticeshipStandard;
import org.enhancedpractice.content.standard.StandardFormatException;
import org.enhancedpractice.content.standard.StandardReader;
import org.enhancedpractice.platform.ToolReady;

/**
 * The loaded catalogue. Sources, in order: the modules shipped inside the tool, the configured content folder, and
 * uploads (kept in the database, unpacked into this instance's cache folder). Reloading builds a new snapshot and
 * swaps it in whole.
 */
@ApplicationScoped
public class ContentCatalogue {
    private static final Logger LOG = Logger.getLogger(ContentCatalogue.class.getName());
    static final String BUNDLED_RESOURCE = "content-packages";

    @Inject ContentSettings settings;
    @Inject JpaContentStore store;
    @Inject java.time.Clock clock;
    private volatile CatalogueSnapshot snapshot = CatalogueSnapshot.EMPTY;

    void onStart(@Observes ToolReady ready) {
        if (!settings.problems().isEmpty()) {
            throw new org.enhancedpractice.platform.ConfigurationProblem(settings.problems());
        }
        reload();
    }

    public CatalogueSnapshot current() {
        return snapshot;
    }

    public synchronized CatalogueSnapshot reload() {
        List<CatalogueLoader.Source> sources = new ArrayList<>();
        bundledFolder().ifPresent(p -> sources.add(new CatalogueLoader.Source(p, ContentPackage.Source.BUNDLED)));
        settings.directory().ifPresent(p -> sources.add(new CatalogueLoader.Source(p, ContentPackage.Source.DIRECTORY)));
        sources.add(new CatalogueLoader.Source(unpackUploads(), ContentPackage.Source.UPLOAD));
        CatalogueSnapshot loaded = new CatalogueLoader().load(sources, importedStandards());
        snapshot = loaded;
        loaded.problems().forEach(p -> LOG.warning(() -> "Content package refused: " + p));
        LOG.info(() -> "Content catalogue: " + loaded.packages().size() + " module(s), " + loaded.standards().size()
                + " standard version(s), " + loaded.problems().size() + " problem(s)");
        return loaded;
    }

    /** Reads an uploaded zip in a scratch folder first; only a package without problems is stored and loaded. */
    public UploadOutcome upload(String key, String fileName, byte[] zip) throws IOException {
        if (!CatalogueLoader.KEY.matcher(key).matches()) {
            return UploadOutcome.refused("the package name must be lower case letters, digits, dots, hyphens or "
                    + "underscores (it appears in URLs)");
        }
        Path scratch = Files.createTempDirectory("ept-upload");
        try {
            Path folder = scratch.resolve("packages").resolve(key);
            new ZipPackage(settings.uploadMaxBytes(), settings.uploadMaxFiles())
                    .unpack(new ByteArrayInputStream(zip), folder);
            List<CatalogueLoader.Source> trial = new ArrayList<>(currentSourcesWithout(key));
            trial.add(new CatalogueLoader.Source(folder.getParent(), ContentPackage.Source.UPLOAD));
            CatalogueSnapshot checked = new CatalogueLoader().load(trial, importedStandards());
            var problems = checked.problems().stream().filter(p -> p.packageName().equals(key)).toList();
            if (!problems.isEmpty()) {
                return UploadOutcome.refused(problems);
            }
            store.saveUpload(new StoredUpload(key, fileName, sha256(zip), zip.length, zip, clock.instant()));
            reload();
            return UploadOutcome.loaded(snapshot.packages().get(key));
        } catch (ZipPackage.Refused e) {
            return UploadOutcome.refused(e.getMessage());
        } finally {
            deleteTree(scratch);
        }
    }

    public boolean removeUpload(String key) {
        boolean removed = store.deleteUpload(key);
        if (removed) {
            reload();
        }
        return removed;
    }

    /** Stores a standard catalogue that replaces the shipped one for its reference and version. */
    public ApprenticeshipStandard importStandard(ApprenticeshipStandard standard, String json) {
        store.saveStandard(standard.reference(), standard.version(), json, clock.instant());
        reload();
        return standard;
    }

    /** The current sources, leaving out the previous upload under this key (a new version replaces it). */
    private List<CatalogueLoader.Source> currentSourcesWithout(String key) {
        List<CatalogueLoader.Source> sources = new ArrayList<>();
        bundledFolder().ifPresent(p -> sources.add(new CatalogueLoader.Source(p, ContentPackage.Source.BUNDLED)));
        settings.directory().ifPresent(p -> sources.add(new CatalogueLoader.Source(p, ContentPackage.Source.DIRECTORY)));
        sources.add(new CatalogueLoader.Source(settings.cacheDir().resolve("packages"), ContentPackage.Source.UPLOAD,
                java.util.Set.of(key)));
        return sources;
    }

    private List<ApprenticeshipStandard> importedStandards() {
        List<ApprenticeshipStandard> standards = new ArrayList<>();
        for (String json : store.importedStandards()) {
            try {
                standards.add(StandardReader.read(new StringReader(json)));
            } catch (StandardFormatException e) {
                LOG.warning(() -> "An imported standard catalogue cannot be read: " + e.getMessage());
            }
        }
        return standards;
    }

    private Path unpackUploads() {
        Path folder = settings.cacheDir().resolve("packages");
        try {
            deleteTree(folder);
            Files.createDirectories(folder);
            for (StoredUpload upload : store.uploads()) {
                try {
                    new ZipPackage(settings.uploadMaxBytes(), settings.uploadMaxFiles())
                            .unpack(new ByteArrayInputStream(upload.content()), folder.resolve(upload.packageKey()));
                } catch (ZipPackage.Refused e) {
                    LOG.warning(() -> "Stored upload " + upload.packageKey() + " cannot be unpacked: " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.warning(() -> "Cannot prepare the content cache " + folder.toAbsolutePath() + ": " + e.getMessage());
        }
        return folder;
    }

    /** The shipped modules: the war holds content-packages/ as a class-path folder, exploded by Payara Micro. */
    private java.util.Optional<Path> bundledFolder() {
        if (!settings.bundled()) {
            return java.util.Optional.empty();
        }
        URL url = Thread.currentThread().getContextClassLoader().getResource(BUNDLED_RESOURCE);
        try {
            if (url != null && "file".equals(url.getProtocol())) {
                return java.util.Optional.of(Path.of(url.toURI()));
            }
        } catch (URISyntaxException e) {
            LOG.warning(() -> "Shipped content folder has an unusable location: " + url);
        }
        LOG.warning(() -> "Shipped content packages not found as a folder (" + url + "); none loaded");
        return java.util.Optional.empty();
    }

    static String sha256(byte[] bytes) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
