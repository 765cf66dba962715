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
 */
public record LogEntry(long epoch, long sequence, PrimaryKey key, Item item) {
}
