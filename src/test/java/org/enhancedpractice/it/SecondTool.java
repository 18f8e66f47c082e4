package org.enhancedpractice.it;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A second instance of the tool, started by a test as its own process ({@code java -jar payara-micro.jar --deploy
 * ROOT.war --port … --nocluster}) in the default configuration: embedded H2 under {@code <dir>/data}, demo LRS client
 * with the given key and secret. It can be stopped and started again on the same data, like an external LRS that
 * goes down and comes back.
 */
final class SecondTool implements AutoCloseable {
    private final Path dir;
    private final int port;
    private final Map<String, String> env;
    private Process process;

    SecondTool(Path dir, int port, Map<String, String> env) {
        this.dir = dir;
        this.port = port;
        this.env = env;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    void start() throws IOException, InterruptedException {
        Path war = dir.resolve("ROOT.war");
        Files.copy(Path.of(System.getProperty("it.war", "target/ept.war")), war, StandardCopyOption.REPLACE_EXISTING);
        ProcessBuilder builder = new ProcessBuilder(javaBin(), "-Xmx384m", "-jar",
                new File(System.getProperty("it.payara.jar", "target/payara-micro.jar")).getAbsolutePath(),
                "--deploy", war.toString(), "--port", Integer.toString(port), "--nocluster", "--disablephonehome")
                .directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("payara.log").toFile()));
        // Nothing of the tool under test's configuration (database, forwarding, admin) may leak into this one.
        builder.environment().keySet().removeIf(k -> k.startsWith("EPT_") || k.startsWith("XAPI_"));
        builder.environment().put("EPT_BASE_URL", baseUrl());
        builder.environment().putAll(env);
        process = builder.start();
        awaitReady(Duration.ofMinutes(4));
    }

    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }
        process = null;
    }

    private void awaitReady(Duration limit) throws InterruptedException, IOException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The second tool exited with " + process.exitValue() + "; see "
                        + dir.resolve("payara.log"));
            }
            try {
                HttpResponse<Void> about = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/xapi/about"))
                        .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.discarding());
                if (about.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("The second tool did not answer /xapi/about within " + limit + "; see "
                + dir.resolve("payara.log"));
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
