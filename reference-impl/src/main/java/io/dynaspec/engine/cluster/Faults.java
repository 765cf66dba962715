package io.dynaspec.engine.cluster;

import java.util.EnumSet;
import java.util.Set;

/**
 * Fails and recovers availability zones. A failed zone's replicas neither receive nor serve; a
 * partition whose leader was there elects a new one (the seed: "If the primary partition fails,
 * another partition in another AZ becomes the primary"). A recovered zone's replicas catch up
 * from the leader's log before serving again ("When AZ-a recovers, the partitions inside it will
 * catch up with the primary").
 */
public final class Faults {
    private final Cluster cluster;
    private final EnumSet<AvailabilityZone> failed = EnumSet.noneOf(AvailabilityZone.class);

    Faults(Cluster cluster) {
        this.cluster = cluster;
    }

    public void failAz(AvailabilityZone zone) {
        synchronized (this) {
            if (!failed.add(zone)) {
                return;
            }
        }
        cluster.forEachGroup(g -> g.onZoneFailed(zone));
        cluster.transactions().redrive();
    }

    public void recoverAz(AvailabilityZone zone) {
        synchronized (this) {
            if (!failed.remove(zone)) {
                return;
            }
        }
        cluster.forEachGroup(g -> g.onZoneRecovered(zone));
        cluster.transactions().redrive();
        cluster.propagate();
    }

    /**
     * Fails one partition's replica in a zone, leaving the zone's other replicas up: the finer
     * fault that makes one partition lose its quorum while others keep theirs.
     */
    public void failReplica(PartitionGroup group, AvailabilityZone zone) {
        group.onZoneFailed(zone);
    }

    /** Recovers one partition's replica in a zone, with catch-up, unless the whole zone is failed. */
    public void recoverReplica(PartitionGroup group, AvailabilityZone zone) {
        if (!isFailed(zone)) {
            group.onZoneRecovered(zone);
            cluster.transactions().redrive();
        }
    }

    public synchronized boolean isFailed(AvailabilityZone zone) {
        return failed.contains(zone);
    }

    public synchronized Set<AvailabilityZone> failedZones() {
        return EnumSet.copyOf(failed);
    }

    /** Held deliveries are the scheduler's; this answers for the groups. */
    boolean isHeld(AvailabilityZone zone) {
        return cluster.scheduler().isHeld(zone);
    }
}
