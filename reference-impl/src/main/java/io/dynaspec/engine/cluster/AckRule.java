package io.dynaspec.engine.cluster;

/**
 * When the leader may acknowledge a write to the client.
 */
public enum AckRule {
    /**
     * Once a quorum — two of the three replicas, the leader included — holds the write, as
     * DynamoDB's replication groups do (Elhemali et al., USENIX ATC 2022). The default.
     */
    QUORUM,
    /**
     * UNSAFE: as soon as the leader alone holds the write. A leader that fails before replicating
     * loses acknowledged writes. It exists only so that the kit can show its checks catch that.
     */
    UNSAFE_LEADER_ONLY;

    /** How many replicas, the leader included, must hold a write before it is acknowledged. */
    public int required() {
        return this == QUORUM ? 2 : 1;
    }
}
