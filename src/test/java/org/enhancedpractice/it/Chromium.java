package org.enhancedpractice.it;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's headless chromium driven by Playwright for Java, for browser-level integration tests (see
 * /work/shared/notes/toolchain.md §9). Start one per test class ({@code @BeforeAll}) and close it in
 * {@code @AfterAll}; each instance has its own throw-away profile whose preferences always block third-party cookies
 * (Chrome's "Block third-party cookies", so the tests do not depend on the browser's default), optionally blocking
 * every cookie of one site while it is embedded in another.
 * <p>
 * Needs {@code /usr/bin/chromium} (system property {@code it.chromium} to override; {@code .ci/run} installs it).
 * Playwright's own browser download is never used ({@code PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1}).
 */
public final class Chromium implements AutoCloseable {
    public static final Path EXECUTABLE = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    private static final Map<String, String> NO_DOWNLOAD = Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");

    private final Playwright playwright;
    private final BrowserContext context;
    private final Path profile;

    private Chromium(String preferences) {
        if (!Files.isExecutable(EXECUTABLE)) {
            throw new IllegalStateException(EXECUTABLE + " is missing: install Debian's chromium "
                    + "(apt-get install -y chromium), as .ci/run does");
        }
        try {
            profile = Files.createTempDirectory("ept-chromium-");
            Files.createDirectories(profile.resolve("Default"));
            Files.writeString(profile.resolve("Default/Preferences"), preferences);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(NO_DOWNLOAD));
        context = playwright.chromium().launchPersistentContext(profile, new BrowserType.LaunchPersistentContextOptions()
                .setExecutablePath(EXECUTABLE).setHeadless(true).setArgs(List.of("--no-sandbox")));
    }

    /** Third-party cookies blocked, as Chrome's setting does: partitioned (CHIPS) cookies still work. */
    public static Chromium start() {
        return new Chromium("{\"profile\":{\"cookie_controls_mode\":1}}");
    }

    /**
     * Also blocks every cookie of {@code site} (partitioned ones too) while it is embedded in {@code embeddingSite}:
     * a browser without CHIPS in that iframe, such as one that blocks all third-party storage. Top-level pages of
     * {@code site} keep their cookies. Both are Chrome content-setting patterns, e.g. "localhost", "127.0.0.1".
     */
    public static Chromium startBlockingCookiesOf(String site, String embeddingSite) {
        return new Chromium("{\"profile\":{\"cookie_controls_mode\":1,\"content_settings\":{\"exceptions\":{\"cookies\":"
                + "{\"" + site + "," + embeddingSite + "\":{\"setting\":2}}}}}}");
    }

    public Page newPage() {
        return context.newPage();
    }

    public BrowserContext context() {
        return context;
    }

    public String version() {
        return context.browser() == null ? "?" : context.browser().version();
    }

    @Override
    public void close() {
        try {
            context.close();
        } finally {
            playwright.close();
            deleteProfile();
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a left-over temp profile is harmless
        }
    }
}
