package org.enhancedpractice.bench;

import java.util.Arrays;

/** A growable array of nanosecond samples, summarised by nearest-rank percentiles. Not thread-safe: one per worker. */
final class LongSamples {
    private long[] values = new long[1024];
    private int size;

    void add(long value) {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
        values[size++] = value;
    }

    void addAll(LongSamples other) {
        for (int i = 0; i < other.size; i++) {
            add(other.values[i]);
        }
    }

    int size() {
        return size;
    }

    Percentiles percentiles() {
        long[] sorted = Arrays.copyOf(values, size);
        Arrays.sort(sorted);
        return new Percentiles(size, rank(sorted, 0.50), rank(sorted, 0.90), rank(sorted, 0.99),
                size == 0 ? 0 : sorted[size - 1]);
    }

    private static long rank(long[] sorted, double quantile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(quantile * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    /** Latency percentiles in nanoseconds; {@link #ms} formats one for the report. */
    record Percentiles(int count, long p50, long p90, long p99, long max) {
        static String ms(long nanos) {
            return String.format(java.util.Locale.ROOT, "%.1f", nanos / 1_000_000.0);
        }
    }
}
