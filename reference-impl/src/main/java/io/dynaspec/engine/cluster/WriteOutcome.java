package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.Item;

/**
 * What an acknowledged write did.
 *
 * @param oldItem the item before the write, or null
 * @param newItem the item after the write, or null when deleted or absent
 * @param entry   the log entry the write became
 */
public record WriteOutcome(Item oldItem, Item newItem, LogEntry entry) {
}
