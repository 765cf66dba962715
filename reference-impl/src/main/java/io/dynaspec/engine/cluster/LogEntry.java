package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

/**
 * One write in a partition group's log: the epoch of the leader that appended it, its position,
 * and its effect — the whole new item, or null for a delete. Whole items make every write atomic
 * on every replica: a follower applies an entry in one step, never attribute by attribute.
 *
 * @param epoch    the leader's epoch when the write was judged
 * @param sequence 1-based position in the log
 * @param key      the item's primary key
 * @param item     the item after the write, or null when the write deletes it
 * @param previous the item before the write, or null: what a committed read returns while this
 *                 entry waits for its quorum
 */
public record LogEntry(long epoch, long sequence, PrimaryKey key, Item item, Item previous) {

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
