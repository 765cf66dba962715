package io.dynaspec.engine.cluster;

/**
 * Which copies of a write count towards its quorum when the engine keeps its tables on disk
 * (spec/Durability.tla's {@code AckCounts}). In memory there is no disk, and every copy held
 * counts.
 */
public enum AckCounts {
    /**
     * A replica counts once the entry is forced to its disk: an acknowledged write survives the
     * crash of any zone within the failure budget (Elhemali et al., USENIX ATC 2022: a write is
     * acknowledged once a quorum has persisted the write-ahead log). The default, and the only
     * rule {@code serve} runs.
     */
    DURABLE_COPIES,
    /**
     * UNSAFE: a replica counts once the entry is in its memory, before the force. Crashes of the
     * replicas that held an acknowledged write unforced lose it (the model's {@code "InMemory"}).
     * It exists only so that the kit can replay the counterexample TLC finds for it.
     */
    UNSAFE_IN_MEMORY_COPIES
}
