package io.dynaspec.engine.cluster;

import java.util.List;

/**
 * Replication state of one partition group at one moment.
 *
 * @param partition the partition's index in its table's map
 * @param leader    the leader's zone, or null without a leader
 * @param epoch     the current epoch
 * @param logLength entries in the leader's log
 * @param replicas  one line per replica
 */
public record GroupStatus(int partition, AvailabilityZone leader, long epoch, long logLength, List<ReplicaStatus> replicas) {

    /**
     * @param zone        the replica's zone
     * @param up          whether its zone is up
     * @param leader      whether it leads the group
     * @param applied     how many log entries it applied
     * @param lastEpoch   the epoch of its last applied entry
     * @param items       how many items it holds
     */
    public record ReplicaStatus(AvailabilityZone zone, boolean up, boolean leader, long applied, long lastEpoch, long items) {
    }
}
