package org.enhancedpractice.bench;

import java.io.IOException;
import java.net.http.HttpClient;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Entry point of the load client: starts the bench platform, checks one launch end to end, warms up, then
 * measures and prints the report. Exit status 0 = clean run, 1 = bad arguments or the check launch failed,
 * 3 = the measured run had errors.
 */
public final class LaunchLoad {
    private LaunchLoad() {
    }

    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n" + LoadOptions.USAGE);
            System.exit(1);
            return;
        }
        System.exit(run(options));
    }

    static int run(LoadOptions options) throws IOException, InterruptedException {
        if (options.toolPid() > 0 && !isJava(options.toolPid())) {
            System.err.println("--tool-pid " + options.toolPid() + " is not a running Java process (see jcmd -l).");
            return 1;
        }
        String kid = "bench-" + Instant.now().getEpochSecond() + "-" + HexFormat.of().formatHex(randomBytes());
        BenchIdentity identity = BenchIdentity.onLoopback(options.jwksPort(), options.base().toString());
        try (BenchPlatform platform = BenchPlatform.start(identity, options.jwksPort(), kid)) {
            LaunchFlow flow = new LaunchFlow(client(), platform);
            if (!checkOneLaunch(flow)) {
                return 1;
            }
            LoadRun load = new LoadRun(flow, options.users());
            warmUp(load, options);
            Measurement measured = measure(load, options);
            new LoadReport(options, measured, platform.jwksFetches(), kid).print(System.out);
            return measured.outcome().log().failures() == 0 ? 0 : 3;
        }
    }

    private static boolean checkOneLaunch(LaunchFlow flow) throws InterruptedException {
        try {
            flow.run("bench-learner-check");
            return true;
        } catch (LaunchFailure failure) {
            System.err.println("The check launch failed (" + failure.kind() + "): " + failure.getMessage()
                    + "\nIs the tool running with EPT_LTI_CONFIG_DIR pointing at bench/lti-config?");
            return false;
        }
    }

    private static void warmUp(LoadRun load, LoadOptions options) throws InterruptedException {
        if (options.warmup().isZero()) {
            return;
        }
        LoadRun.RunOutcome warm = load.run(options.concurrency(), options.warmup(), options.maxLaunches());
        System.out.printf("warm-up: %d s, %d launches, %d errors, %.0f launches/s%n", options.warmup().toSeconds(),
                warm.log().successes(), warm.log().failures(), warm.launchesPerSecond());
    }

    private static Measurement measure(LoadRun load, LoadOptions options) throws InterruptedException {
        Duration clientBefore = cpu(ProcessHandle.current());
        Optional<Duration> toolBefore = toolCpu(options.toolPid());
        Optional<Double> machineBefore = MachineCpu.busySeconds();
        LoadRun.RunOutcome outcome = load.run(options.concurrency(), options.duration(), options.maxLaunches());
        Duration client = cpu(ProcessHandle.current()).minus(clientBefore);
        Optional<Duration> tool = toolBefore.flatMap(before -> toolCpu(options.toolPid()).map(d -> d.minus(before)));
        Optional<Duration> machine = machineBefore.flatMap(before -> MachineCpu.busySeconds()
                .map(after -> Duration.ofMillis(Math.round((after - before) * 1000))));
        return new Measurement(outcome, client, tool, machine);
    }

    private static boolean isJava(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().command())
                .map(command -> command.endsWith("/java") || command.endsWith("java.exe")).orElse(false);
    }

    private static Optional<Duration> toolCpu(long pid) {
        return pid <= 0 ? Optional.empty() : ProcessHandle.of(pid).flatMap(h -> h.info().totalCpuDuration());
    }

    private static Duration cpu(ProcessHandle process) {
        return process.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static HttpClient client() {
        return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[4];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    /**
     * The measured run with the CPU time the client, the tool (when its pid was given) and the whole machine
     * (when /proc/stat is readable) spent during it.
     */
    record Measurement(LoadRun.RunOutcome outcome, Duration clientCpu, Optional<Duration> toolCpu,
                       Optional<Duration> machineCpu) {
    }
}
