package io.dynaspec.runner.replay;

import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.concurrent.CompletableFuture;

/** One model write as the engine ran it during a replay. */
final class EngineWrite {
    /** The model's write id. */
    final int id;
    /** The engine's key of the write. */
    final PrimaryKey key;
    /** The item it puts, null for a delete. */
    final Item item;
    /** Its log entry once the leader appended it; null when it was refused before. */
    final CompletableFuture<LogEntry> appended = new CompletableFuture<>();
    /** The client's call, done when the engine answered it. */
    CompletableFuture<Void> client;
    /** The partition group that appended it. */
    PartitionGroup group;

    EngineWrite(int id, PrimaryKey key, Item item) {
        this.id = id;
        this.key = key;
        this.item = item;
    }

    /** The log entry, or null while (or because) the write has not reached the leader's log. */
    LogEntry entry() {
        return appended.getNow(null);
    }
}
