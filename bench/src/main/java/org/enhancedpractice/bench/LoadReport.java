package org.enhancedpractice.bench;

import static org.enhancedpractice.bench.LongSamples.Percentiles.ms;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The report of a measured run: human-readable lines, then one Markdown table row for bench/RESULTS.md. */
final class LoadReport {
    static final String TABLE_HEADER = "| run | concurrency | launches/s | p50 ms | p90 ms | p99 ms | max ms | errors "
            + "| login p50 / p99 ms | sign p50 / p99 ms | launch p50 / p99 ms | tool CPU ms/launch "
            + "| client CPU ms/launch | other cores busy |\n" + "|---".repeat(14) + "|";
    private final LoadOptions options;
    private final LaunchLoad.Measurement measured;
    private final int jwksFetches;
    private final String kid;

    LoadReport(LoadOptions options, LaunchLoad.Measurement measured, int jwksFetches, String kid) {
        this.options = options;
        this.measured = measured;
        this.jwksFetches = jwksFetches;
        this.kid = kid;
    }

    void print(PrintStream out) {
        StepLog log = measured.outcome().log();
        LongSamples.Percentiles full = log.total.percentiles();
        out.printf(Locale.ROOT, "measured: %s, concurrency %d, %.1f s, %d launches reached the landing page, %d errors%n",
                options.base(), options.concurrency(), seconds(), log.successes(), log.failures());
        out.printf(Locale.ROOT, "throughput: %.0f launches/s%n", measured.outcome().launchesPerSecond());
        out.printf("full launch ms: p50 %s  p90 %s  p99 %s  max %s%n", ms(full.p50()), ms(full.p90()), ms(full.p99()),
                ms(full.max()));
        out.printf("steps ms (p50 / p99): login %s, sign id_token (client) %s, launch %s%n", pair(log.login),
                pair(log.sign), pair(log.launch));
        out.println("cpu: client " + cpu(measured.clientCpu()) + measured.toolCpu().map(t -> "; tool " + cpu(t))
                .orElse("; tool not measured (no --tool-pid)"));
        measured.machineCpu().ifPresent(m -> out.printf(Locale.ROOT,
                "machine: %.2f cores busy on average, of which %.2f outside the client%s%n", cores(m),
                otherCores().orElse(0.0), measured.toolCpu().isPresent() ? " and the tool" : ""));
        out.println("jwks fetches by the tool during this client's life: " + jwksFetches + " (kid " + kid + ")");
        printFailures(out, log);
        out.println(TABLE_HEADER);
        out.println("| " + String.join(" | ", row(full, log)) + " |");
    }

    private String[] row(LongSamples.Percentiles full, StepLog log) {
        return new String[] {options.label(), String.valueOf(options.concurrency()),
                String.format(Locale.ROOT, "%.0f", measured.outcome().launchesPerSecond()),
                ms(full.p50()), ms(full.p90()), ms(full.p99()), ms(full.max()), String.valueOf(log.failures()),
                pair(log.login), pair(log.sign), pair(log.launch),
                measured.toolCpu().map(this::perLaunchMs).orElse("–"), perLaunchMs(measured.clientCpu()),
                otherCores().map(c -> String.format(Locale.ROOT, "%.2f", c)).orElse("–")};
    }

    private void printFailures(PrintStream out, StepLog log) {
        if (log.failures() == 0) {
            return;
        }
        out.println("ERRORS in the measured run:");
        Map<String, String> details = log.firstDetails();
        log.failuresByKind().forEach((kind, count) -> out.printf("  %6d × %s — first: %s%n", count, kind,
                details.get(kind).replaceAll("\\s+", " ")));
    }

    private String cpu(Duration used) {
        return String.format(Locale.ROOT, "%s ms per launch (%.2f cores busy on average)", perLaunchMs(used),
                cores(used));
    }

    /** Cores busy on average with neither the client nor the tool: other processes, the kernel, the database. */
    private Optional<Double> otherCores() {
        return measured.machineCpu().map(m -> cores(m.minus(measured.clientCpu())
                .minus(measured.toolCpu().orElse(Duration.ZERO))));
    }

    private double cores(Duration used) {
        return used.toNanos() / (double) measured.outcome().elapsedNanos();
    }

    private String perLaunchMs(Duration used) {
        int launches = Math.max(1, measured.outcome().log().successes() + measured.outcome().log().failures());
        return String.format(Locale.ROOT, "%.2f", used.toNanos() / 1e6 / launches);
    }

    private double seconds() {
        return measured.outcome().elapsedNanos() / 1e9;
    }

    private static String pair(LongSamples samples) {
        LongSamples.Percentiles p = samples.percentiles();
        return ms(p.p50()) + " / " + ms(p.p99());
    }
}
