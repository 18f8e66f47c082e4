package org.enhancedpractice.bench;

import java.util.Map;
import java.util.TreeMap;

/**
 * What one worker saw: per-step latencies of the launches that reached the landing page, and failures grouped by
 * kind with the first answer of each kind. Workers log separately and are merged after the run.
 */
final class StepLog {
    final LongSamples total = new LongSamples();
    final LongSamples login = new LongSamples();
    final LongSamples sign = new LongSamples();
    final LongSamples launch = new LongSamples();
    private final Map<String, Integer> failures = new TreeMap<>();
    private final Map<String, String> firstDetail = new TreeMap<>();

    void succeeded(StepTimes times) {
        total.add(times.totalNanos());
        login.add(times.loginNanos());
        sign.add(times.signNanos());
        launch.add(times.launchNanos());
    }

    void failed(LaunchFailure failure) {
        failures.merge(failure.kind(), 1, Integer::sum);
        firstDetail.putIfAbsent(failure.kind(), failure.getMessage());
    }

    int successes() {
        return total.size();
    }

    int failures() {
        return failures.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> failuresByKind() {
        return Map.copyOf(failures);
    }

    Map<String, String> firstDetails() {
        return Map.copyOf(firstDetail);
    }

    void addAll(StepLog other) {
        total.addAll(other.total);
        login.addAll(other.login);
        sign.addAll(other.sign);
        launch.addAll(other.launch);
        other.failures.forEach((kind, count) -> failures.merge(kind, count, Integer::sum));
        other.firstDetail.forEach(firstDetail::putIfAbsent);
    }
}
