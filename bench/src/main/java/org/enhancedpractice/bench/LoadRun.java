package org.enhancedpractice.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop run: {@code concurrency} workers each start the next launch as soon as the previous one ended,
 * until the time is up or {@code maxLaunches} launches have been started, whichever comes first.
 */
final class LoadRun {
    private final LaunchFlow flow;
    private final int users;

    LoadRun(LaunchFlow flow, int users) {
        this.flow = flow;
        this.users = users;
    }

    /** Launches that ended after the deadline still count; elapsed time runs until the last one ended. */
    RunOutcome run(int concurrency, Duration length, long maxLaunches) throws InterruptedException {
        AtomicLong started = new AtomicLong();
        long start = System.nanoTime();
        long deadline = start + length.toNanos();
        ExecutorService workers = Executors.newFixedThreadPool(concurrency);
        List<Future<StepLog>> logs = new ArrayList<>();
        for (int w = 0; w < concurrency; w++) {
            logs.add(workers.submit(() -> work(started, deadline, maxLaunches)));
        }
        StepLog merged = new StepLog();
        for (Future<StepLog> log : logs) {
            merged.addAll(join(log));
        }
        long elapsed = System.nanoTime() - start;
        workers.shutdown();
        return new RunOutcome(merged, elapsed, concurrency);
    }

    private StepLog work(AtomicLong started, long deadline, long maxLaunches) throws InterruptedException {
        StepLog log = new StepLog();
        long n;
        while (System.nanoTime() < deadline && (n = started.getAndIncrement()) < maxLaunches) {
            try {
                log.succeeded(flow.run("bench-learner-" + (n % users)));
            } catch (LaunchFailure failure) {
                log.failed(failure);
            }
        }
        return log;
    }

    private static StepLog join(Future<StepLog> log) throws InterruptedException {
        try {
            return log.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("A worker died", e.getCause());
        }
    }

    /** The merged log of a run and how long it took. */
    record RunOutcome(StepLog log, long elapsedNanos, int concurrency) {
        double launchesPerSecond() {
            return log.successes() / (elapsedNanos / 1e9);
        }
    }
}
