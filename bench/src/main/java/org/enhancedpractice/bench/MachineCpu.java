package org.enhancedpractice.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Busy CPU time of the whole machine from /proc/stat (Linux), so a report can show how much of the machine
 * neither the tool nor the client used: other processes on a shared machine distort a run.
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");
    /** USER_HZ: 100 on every mainstream Linux build; /proc/stat counts in these ticks. */
    private static final double TICKS_PER_SECOND = 100.0;

    private MachineCpu() {
    }

    /** Seconds of CPU time spent outside idle and I/O wait since boot, summed over all CPUs. */
    static Optional<Double> busySeconds() {
        try {
            String[] fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < fields.length && i <= 8; i++) {
                if (i != 4 && i != 5) {
                    busy += Long.parseLong(fields[i]);
                }
            }
            return Optional.of(busy / TICKS_PER_SECOND);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
