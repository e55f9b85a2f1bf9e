package io.chatdistress.testing;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition instead of sleeping a guessed time: polls until the condition holds and
 * fails with a message once the timeout has passed. The poll interval only bounds the reaction
 * time; no assertion depends on it.
 */
public final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Await() {
    }

    /** Returns as soon as {@code condition} is true; throws {@link AssertionError} after {@code timeout}. */
    public static void until(BooleanSupplier condition, Duration timeout) {
        until(condition, timeout, () -> "condition");
    }

    /**
     * Like {@link #until(BooleanSupplier, Duration)}; {@code description} is evaluated only on
     * failure, so it can report the last observed state.
     */
    public static void until(BooleanSupplier condition, Duration timeout, Supplier<String> description) {
        Objects.requireNonNull(condition, "condition");
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError(description.get() + " not met within " + timeout.toMillis() + " ms");
            }
            LockSupport.parkNanos(POLL_NANOS);
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + description.get());
            }
        }
    }
}
