package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The most recent single-item writes that reached a partition's leader, with how each ended:
 * acknowledged, refused (a condition that did not hold, no quorum), or cut from the log by a
 * failover before its quorum held — what the console's write feed shows. Bounded and lock-free:
 * recording a write costs one counter increment and one array store, so writers never wait for
 * each other or for a reader; the oldest write is overwritten by the newest.
 */
public final class WriteFeed {
    /** How a write ended. */
    public enum Outcome { ACKNOWLEDGED, REFUSED, CUT }

    /**
     * One write.
     *
     * @param number    its place among all writes recorded, from 1
     * @param table     the table written
     * @param partition the partition of the table's map the key hashes to
     * @param key       the item's primary key
     * @param outcome   how it ended
     * @param reason    for a refused or cut write, the error type and message the client got; else null
     * @param epoch     for an acknowledged write, the epoch of its log entry; else 0
     * @param sequence  for an acknowledged write, its position in the partition group's log; else 0
     * @param deleted   whether an acknowledged write left no item (a delete)
     */
    public record Write(long number, String table, int partition, PrimaryKey key, Outcome outcome, String reason,
                        long epoch, long sequence, boolean deleted) {
    }

    private final AtomicLong recorded = new AtomicLong();
    private final AtomicReferenceArray<Write> slots;
    private final int mask;

    /** @param capacity how many of the latest writes are kept; a power of two */
    WriteFeed(int capacity) {
        if (capacity < 1 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two, not " + capacity);
        }
        this.slots = new AtomicReferenceArray<>(capacity);
        this.mask = capacity - 1;
    }

    void acknowledged(String table, int partition, PrimaryKey key, WriteOutcome outcome) {
        long n = recorded.incrementAndGet();
        LogEntry e = outcome.entry();
        slots.set((int) ((n - 1) & mask), new Write(n, table, partition, key, Outcome.ACKNOWLEDGED, null,
                e.epoch(), e.sequence(), outcome.newItem() == null));
    }

    void failed(String table, int partition, PrimaryKey key, DynamoException error) {
        long n = recorded.incrementAndGet();
        boolean cut = error.type() == ErrorType.INTERNAL_SERVER_ERROR && Errors.CUT_BY_FAILOVER.equals(error.getMessage());
        slots.set((int) ((n - 1) & mask), new Write(n, table, partition, key, cut ? Outcome.CUT : Outcome.REFUSED,
                error.type().typeName() + ": " + error.getMessage(), 0, 0, false));
    }

    /** How many writes were recorded since the engine started, including those overwritten. */
    public long recorded() {
        return recorded.get();
    }

    /** The kept writes, newest first, at most {@code limit}. */
    public List<Write> latest(int limit) {
        long last = recorded.get();
        List<Write> out = new ArrayList<>(Math.min(limit, mask + 1));
        for (long n = last; n >= 1 && n > last - (mask + 1) && out.size() < limit; n--) {
            Write w = slots.get((int) ((n - 1) & mask));
            // A slot may still hold an older write (its newer one is being stored) or already a
            // newer one: only the write numbered n belongs here.
            if (w != null && w.number() == n) {
                out.add(w);
            }
        }
        return out;
    }
}
