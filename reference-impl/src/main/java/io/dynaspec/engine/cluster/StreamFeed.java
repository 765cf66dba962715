package io.dynaspec.engine.cluster;

/** When a table's stream takes the record of a write (spec/Streams.tla's {@code StreamFeed}). */
public enum StreamFeed {
    /**
     * Once the write is acknowledged, from the group's commit hook: a write never acknowledged
     * never appears (Streams.html). The default, and the only rule {@code serve} runs.
     */
    COMMITTED,
    /**
     * UNSAFE: as soon as the leader appends the write, before its quorum; a write a failover then
     * cuts stays in the stream (the model's {@code "LeaderAppend"}). It exists only so that the
     * kit can replay the counterexample TLC finds for it.
     */
    UNSAFE_LEADER_APPEND
}
