package org.enhancedpractice.bench.jmh;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.enhancedpractice.bench.BenchIdentity;
import org.enhancedpractice.bench.LaunchTokens;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the load client pays per launch on the platform side: building and RS256-signing (2048-bit) one id_token.
 * It shares the machine with the tool during a load run, so this cost is part of the picture.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PlatformSigningBenchmark {
    private LaunchTokens tokens;
    private final Instant issued = Instant.parse("2026-01-15T09:00:00Z");

    @Setup
    public void generateKey() {
        tokens = new LaunchTokens(LaunchTokens.generateKey("jmh-platform-key"),
                BenchIdentity.onLoopback(18099, "http://localhost:8080"));
    }

    @Benchmark
    public String signIdToken() {
        return tokens.mint("jmh-learner", "jmh-nonce-6b1f0c", issued);
    }
}
