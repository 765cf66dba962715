package io.dynaspec.engine.cluster;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * The engine's one source of time, for everything that waits (the transactions' idempotency
 * window): a time source plus an offset that tests move forward from the admin API
 * ({@code POST /dynaspec/clock/advance}), so that a window can be seen to close without waiting
 * for it.
 */
public final class Clock {
    private final LongSupplier source;
    private final AtomicLong offset = new AtomicLong();

    /** @param source milliseconds since the epoch; its value may only grow */
    public Clock(LongSupplier source) {
        this.source = source;
    }

    /** The wall clock. */
    public static Clock system() {
        return new Clock(System::currentTimeMillis);
    }

    /** A clock that stands still at {@code start} until advanced: for deterministic tests. */
    public static Clock fixed(long start) {
        return new Clock(() -> start);
    }

    /** Milliseconds since the epoch, as the engine sees them. */
    public long millis() {
        return source.getAsLong() + offset.get();
    }

    /** Moves the clock forward; refuses to move it back. */
    public void advance(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("the clock only moves forward, not by " + millis + " ms");
        }
        offset.addAndGet(millis);
    }
}
