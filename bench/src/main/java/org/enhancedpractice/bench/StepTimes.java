package org.enhancedpractice.bench;

/** Nanoseconds spent in each step of one successful launch, as the client saw them. */
record StepTimes(long loginNanos, long signNanos, long launchNanos) {
    long totalNanos() {
        return loginNanos + signNanos + launchNanos;
    }
}
