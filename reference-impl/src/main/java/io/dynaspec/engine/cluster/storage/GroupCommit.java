package io.dynaspec.engine.cluster.storage;

import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * When replicas' logs are forced. In the background (the engine's way): a few threads force each
 * log that has records waiting, one force for every record appended meanwhile, so that writes
 * arriving during a force share the next one; a force waits at most {@code maxDelayNanos} for
 * more records to gather, or none once {@code maxBatchBytes} wait. Inline (for tests): the group
 * forces its replicas' logs on its own thread when it waits for an acknowledgement, so that a run
 * is one deterministic sequence of steps.
 */
public final class GroupCommit implements AutoCloseable {
    /** Background threads forcing logs: a force mostly waits on the disk, not on a core. */
    public static final int DEFAULT_THREADS = 4;
    /** Records up to this size gather for one force; more are forced at once. */
    public static final int DEFAULT_MAX_BATCH_BYTES = 1 << 20;

    private final ScheduledThreadPoolExecutor threads;
    private final int maxBatchBytes;
    private final long maxDelayNanos;
    private final Consumer<Throwable> onFailure;
    /** Forces only when told, replica by replica (a replay's Force steps). */
    private final boolean manual;

    private GroupCommit(ScheduledThreadPoolExecutor threads, int maxBatchBytes, long maxDelayNanos, Consumer<Throwable> onFailure) {
        this(threads, maxBatchBytes, maxDelayNanos, onFailure, false);
    }

    private GroupCommit(ScheduledThreadPoolExecutor threads, int maxBatchBytes, long maxDelayNanos, Consumer<Throwable> onFailure,
                        boolean manual) {
        this.manual = manual;
        this.threads = threads;
        this.maxBatchBytes = maxBatchBytes;
        this.maxDelayNanos = maxDelayNanos;
        this.onFailure = onFailure;
    }

    /** Forces on the thread that waits for an acknowledgement: one deterministic sequence of steps. */
    public static GroupCommit inline(Consumer<Throwable> onFailure) {
        return new GroupCommit(null, Integer.MAX_VALUE, 0, onFailure);
    }

    /**
     * Forces nothing by itself: a replica's log is forced only when its group is told to
     * ({@code PartitionGroup.force}), so that a replay takes the model's Force steps exactly
     * where the model does. A writer waits for them.
     */
    public static GroupCommit manual(Consumer<Throwable> onFailure) {
        return new GroupCommit(null, Integer.MAX_VALUE, 0, onFailure, true);
    }

    /**
     * Forces on background threads.
     *
     * @param maxBatchBytes records waiting beyond which a force starts without delay
     * @param maxDelayNanos how long the first record waiting may wait for others (0: none)
     * @param onFailure     told when a force fails: the engine must stop rather than acknowledge
     */
    public static GroupCommit background(int threadCount, int maxBatchBytes, long maxDelayNanos, Consumer<Throwable> onFailure) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory f = r -> {
            Thread t = new Thread(r, "dynaspec-force-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ScheduledThreadPoolExecutor pool = new ScheduledThreadPoolExecutor(threadCount, f);
        pool.setRemoveOnCancelPolicy(true);
        return new GroupCommit(pool, maxBatchBytes, maxDelayNanos, onFailure);
    }

    public boolean isInline() {
        return threads == null && !manual;
    }

    /**
     * Asks for the store's waiting records to be forced. Inline, nothing happens until the
     * replica's group forces its stores itself, before it waits for an acknowledgement.
     */
    void schedule(ReplicaStore store, int waitingBytes) {
        if (threads == null) {
            return;
        }
        if (maxDelayNanos == 0 || waitingBytes >= maxBatchBytes) {
            threads.execute(store::flush);
        } else {
            threads.schedule(store::flush, maxDelayNanos, TimeUnit.NANOSECONDS);
        }
    }

    void failed(Throwable t) {
        onFailure.accept(t);
    }

    @Override
    public void close() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }
}
