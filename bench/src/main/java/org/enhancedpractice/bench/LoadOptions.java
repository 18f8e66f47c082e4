package org.enhancedpractice.bench;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The load client's command line, checked on construction. The tool must be on a loopback address: this client
 * is for measuring one's own tool, never for loading someone else's.
 */
record LoadOptions(URI base, int concurrency, Duration warmup, Duration duration, long maxLaunches, int jwksPort,
                   long toolPid, String label, int users) {
    static final String USAGE = """
            java -jar target/ept-bench.jar [--base http://localhost:8080] [--concurrency 8] [--warmup 10]
                [--duration 30] [--max-launches 1000000] [--jwks-port 18099] [--tool-pid PID] [--label TEXT]
                [--users 1000]
            Durations are seconds. --max-launches bounds each phase (warm-up, measured) by count.
            --tool-pid adds the tool's CPU time per launch to the report.""";
    private static final Set<String> KNOWN = Set.of("base", "concurrency", "warmup", "duration", "max-launches",
            "jwks-port", "tool-pid", "label", "users");

    LoadOptions {
        requireLoopback(base);
        require(concurrency >= 1 && concurrency <= 256, "--concurrency must be 1..256");
        require(!warmup.isNegative() && warmup.toSeconds() <= 600, "--warmup must be 0..600 s");
        require(duration.toSeconds() >= 1 && duration.toSeconds() <= 600, "--duration must be 1..600 s");
        require(maxLaunches >= 1 && maxLaunches <= 10_000_000, "--max-launches must be 1..10,000,000");
        require(users >= 1, "--users must be at least 1");
    }

    static LoadOptions parse(List<String> args) {
        Map<String, String> given = pairs(args);
        return new LoadOptions(URI.create(stripSlash(given.getOrDefault("base", "http://localhost:8080"))),
                Integer.parseInt(given.getOrDefault("concurrency", "8")),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
                Duration.ofSeconds(Long.parseLong(given.getOrDefault("duration", "30"))),
                Long.parseLong(given.getOrDefault("max-launches", "1000000")),
                Integer.parseInt(given.getOrDefault("jwks-port", "18099")),
                Long.parseLong(given.getOrDefault("tool-pid", "0")),
                given.getOrDefault("label", ""),
                Integer.parseInt(given.getOrDefault("users", "1000")));
    }

    private static Map<String, String> pairs(List<String> args) {
        Map<String, String> given = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            require(arg.startsWith("--") && i + 1 < args.size(), "expected --name value, got '" + arg + "'");
            String name = arg.substring(2);
            require(KNOWN.contains(name), "unknown option --" + name);
            given.put(name, args.get(++i));
        }
        return given;
    }

    private static void requireLoopback(URI base) {
        require("http".equals(base.getScheme()) && base.getHost() != null, "--base must be an http:// URL");
        try {
            require(InetAddress.getByName(base.getHost()).isLoopbackAddress(),
                    "--base must be on this machine (localhost / 127.0.0.1), was " + base);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--base host is unknown: " + base.getHost());
        }
    }

    private static String stripSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}
