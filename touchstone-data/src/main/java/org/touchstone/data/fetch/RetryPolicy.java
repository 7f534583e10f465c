package org.touchstone.data.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How often to try a download and how long to wait in between: the wait doubles after each
 * failed attempt, from {@code firstDelay} up to {@code maxDelay}.
 *
 * @param maxAttempts attempts per file in all, at least 1
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

    /** Five attempts, waiting 2 s, 4 s, 8 s and 16 s in between. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(5, Duration.ofSeconds(2), Duration.ofMinutes(1));

    public RetryPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
        }
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException(
                    "need 0 <= firstDelay <= maxDelay, got " + firstDelay + " and " + maxDelay);
        }
    }

    /** The wait after the given failed attempt (1-based). */
    public Duration delayAfter(int failedAttempt) {
        Duration delay = firstDelay;
        for (int i = 1; i < failedAttempt && delay.compareTo(maxDelay) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }
}
