package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

/**
 * One step in a partition group's log: the epoch of the leader that appended it, its position,
 * its kind, and its effect — the whole new item, or null for a delete. Whole items make every
 * write atomic on every replica: a follower applies an entry in one step, never attribute by
 * attribute.
 *
 * <p>A transaction's steps are entries too (Idziorek et al., USENIX ATC 2023): a
 * {@link Kind#PREPARE} marks the item as held by the transaction without changing it, a
 * {@link Kind#COMMIT} writes the transaction's item and releases it, a {@link Kind#CANCEL}
 * releases it unchanged. Being entries, they are replicated, acknowledged by the quorum, cut by
 * a failover and carried by catch-up exactly as writes are.
 *
 * @param epoch       the leader's epoch when the entry was appended
 * @param sequence    1-based position in the log
 * @param key         the item's primary key
 * @param item        the item after the entry, or null when there is none (equal to {@code previous}
 *                    for PREPARE and CANCEL)
 * @param previous    the item before the entry, or null: what a committed read returns while this
 *                    entry waits for its quorum
 * @param kind        what the entry does
 * @param transaction the transaction's timestamp for PREPARE, COMMIT and CANCEL; 0 for a write
 */
public record LogEntry(long epoch, long sequence, PrimaryKey key, Item item, Item previous, Kind kind, long transaction) {

    /** What an entry does to its item. */
    public enum Kind {
        /** A single-item write (PutItem, UpdateItem, DeleteItem, BatchWriteItem). */
        WRITE,
        /** A transaction holds the item: no other write or transaction may change it until it ends. */
        PREPARE,
        /** The transaction writes the item and releases it. */
        COMMIT,
        /** The transaction releases the item unchanged. */
        CANCEL
    }

    /** A single-item write. */
    public LogEntry(long epoch, long sequence, PrimaryKey key, Item item, Item previous) {
        this(epoch, sequence, key, item, previous, Kind.WRITE, 0);
    }

    /**
     * An entry is its place: a leader appends at most one entry at a position in its epoch, so
     * the epoch and the position name it. Equality and hashing look at nothing else, so neither
     * reads the items (up to 400 KB each).
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof LogEntry e && e.epoch == epoch && e.sequence == sequence;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(epoch) * 31 + Long.hashCode(sequence);
    }
}
