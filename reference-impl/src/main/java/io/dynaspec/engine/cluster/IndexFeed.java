package io.dynaspec.engine.cluster;

/**
 * What a global secondary index's propagator reads of its base partitions' logs: the model's
 * {@code IndexFeed} constant (spec/Indexes.tla).
 */
public enum IndexFeed {
    /** Only acknowledged entries, in log order: an index never shows a write its client was not told of. The default. */
    COMMITTED,
    /**
     * UNSAFE: every entry as the leader appends it, acknowledged or not. An index then shows
     * writes that a failover may cut. It exists only so that the kit can show its checks catch that.
     */
    UNSAFE_LEADER_LOG
}
