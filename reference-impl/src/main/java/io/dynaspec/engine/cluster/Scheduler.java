package io.dynaspec.engine.cluster;

import java.util.EnumSet;
import java.util.Set;

/**
 * Decides when replication messages reach followers. By default every delivery happens at once,
 * inside the write, so no background thread is needed for correctness. Under test, deliveries to
 * a zone can be held, then delivered one entry at a time or all together, so that any schedule —
 * a scenario's or a model counterexample's — can be replayed exactly.
 */
public final class Scheduler {
    private final Cluster cluster;
    private final EnumSet<AvailabilityZone> held = EnumSet.noneOf(AvailabilityZone.class);
    /** Whether any zone is held, readable without the lock on every request. */
    private volatile boolean anyHeld;
    /** Whether a group whose leader fails waits for {@link PartitionGroup#elect} to elect another. */
    private volatile boolean electionsHeld;

    Scheduler(Cluster cluster) {
        this.cluster = cluster;
    }

    /** Stops deliveries to the zone until {@link #release}. Writes still need their quorum. */
    public synchronized void hold(AvailabilityZone zone) {
        held.add(zone);
        anyHeld = true;
    }

    /** Resumes deliveries to the zone and delivers everything pending. */
    public void release(AvailabilityZone zone) {
        synchronized (this) {
            held.remove(zone);
            anyHeld = !held.isEmpty();
        }
        cluster.forEachGroup(PartitionGroup::deliverAll);
        cluster.transactions().redrive();
        cluster.propagate();
    }

    /**
     * From now on, a group whose leader's zone fails (or that has no leader when a zone returns)
     * elects a new leader only when {@link PartitionGroup#elect} is called: the model takes its
     * ElectLeader as a step of its own, and a replay holds elections to take it at the same point.
     */
    public void holdElections() {
        electionsHeld = true;
    }

    public boolean electionsHeld() {
        return electionsHeld;
    }

    /** Whether deliveries to some zone are held: only then can a write wait for its quorum. */
    public boolean anyHeld() {
        return anyHeld;
    }

    public synchronized boolean isHeld(AvailabilityZone zone) {
        return held.contains(zone);
    }

    public synchronized Set<AvailabilityZone> heldZones() {
        return EnumSet.copyOf(held);
    }

    /**
     * Delivers the next pending entry of one partition group to the replica in the zone, even while
     * the zone is held. Returns whether there was one.
     */
    public boolean deliverOne(PartitionGroup group, AvailabilityZone zone) {
        return group.deliverOne(zone);
    }
}
