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
    private final EnumSet<AvailabilityZone> crashed = EnumSet.noneOf(AvailabilityZone.class);
    /** "table/index" of global indexes to be held from their creation on. */
    private final Set<String> indexHolds = new java.util.HashSet<>();

    Faults(Cluster cluster) {
        this.cluster = cluster;
    }

    public void failAz(AvailabilityZone zone) {
        synchronized (this) {
            if (crashed.contains(zone)) {
                return;
            }
            if (!failed.add(zone)) {
                return;
            }
        }
        cluster.forEachGroup(g -> g.onZoneFailed(zone));
        cluster.transactions().redrive();
    }

    public void recoverAz(AvailabilityZone zone) {
        synchronized (this) {
            if (crashed.contains(zone)) {
                throw new IllegalArgumentException("zone " + zone.label() + " crashed: restart it (restart-az) rather than recover it");
            }
            if (!failed.remove(zone)) {
                return;
            }
        }
        cluster.forEachGroup(g -> g.onZoneRecovered(zone));
        cluster.transactions().redrive();
        cluster.propagate();
    }

    /**
     * Arms a transaction coordinator failure: the next transaction to reach {@code point} loses
     * its coordinator there (its client gets a retryable InternalServerError; its items stay
     * prepared) until {@link #recoverCoordinator} lets another finish it. Null disarms.
     */
    public void failCoordinator(TransactionCoordinator.FailurePoint point) {
        cluster.transactions().failAt(point);
    }

    /**
     * Another coordinator finishes every transaction whose coordinator failed, from what was
     * recorded: the partitions' PREPARE entries and the ledger's commit decisions. Returns the
     * transactions finished, each with {@code "commit"} or {@code "cancel"}; one whose partition
     * has no quorum stays to be taken over again.
     */
    public java.util.Map<Long, String> recoverCoordinator() {
        return cluster.transactions().recoverFailed(cluster);
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

    /**
     * The zone's replicas crash (the model's CrashAZ): down, as in a failed zone, and what they
     * had not forced to disk is lost. Needs the tables on disk (--data-dir).
     */
    public void crashAz(AvailabilityZone zone) {
        if (cluster.data() == null) {
            throw new IllegalArgumentException("crash faults need the tables on disk: start the engine with --data-dir");
        }
        synchronized (this) {
            if (failed.contains(zone)) {
                // The model's CrashAZ takes a zone that is up.
                throw new IllegalArgumentException("zone " + zone.label() + " is failed: recover it before crashing it");
            }
            if (!crashed.add(zone)) {
                return;
            }
        }
        cluster.forEachBaseGroup(g -> g.onZoneCrashed(zone));
        cluster.forEachGroup(g -> g.onZoneFailed(zone));
        cluster.transactions().redrive();
    }

    /**
     * The crashed zone's replicas restart from their files and catch up (the model's
     * DRecoverAZ): refused while a partition is still led by the zone's crashed replica, which
     * never leads again; the others must elect a leader first. Returns what the restart found.
     */
    public java.util.List<String> restartAz(AvailabilityZone zone) {
        synchronized (this) {
            if (!crashed.contains(zone)) {
                return java.util.List.of();
            }
            for (Table t : cluster.tables()) {
                for (PartitionGroup g : t.partitions()) {
                    if (g.crashedLeader(zone)) {
                        throw new IllegalArgumentException("partition " + g.index() + " of " + t.name()
                                + " is still led by the crashed replica in zone " + zone.label()
                                + ", which never leads again: recover another zone so that the others elect a leader first");
                    }
                }
            }
            crashed.remove(zone);
        }
        java.util.List<String> notes = new java.util.ArrayList<>();
        cluster.forEachBaseGroup(g -> {
            try {
                String note = g.onZoneRestarted(zone);
                if (note != null) {
                    notes.add(note);
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        cluster.forEachGroup(g -> g.onZoneRecovered(zone));
        cluster.transactions().redrive();
        cluster.propagate();
        return notes;
    }

    public synchronized Set<AvailabilityZone> crashedZones() {
        return EnumSet.copyOf(crashed);
    }

    public synchronized boolean isFailed(AvailabilityZone zone) {
        return failed.contains(zone);
    }

    public synchronized Set<AvailabilityZone> failedZones() {
        return EnumSet.copyOf(failed);
    }

    /**
     * Holds a global secondary index that UpdateTable is yet to create from its creation on: its
     * backfill, and with it the index, stays CREATING until the index is released
     * ({@link GlobalIndex#release}), as a large table's backfill keeps it CREATING for a while
     * (GSI.OnlineOps.html). The hold is used by the creation it names.
     */
    public synchronized void holdIndexBeforeCreation(String table, String index) {
        indexHolds.add(table + "/" + index);
    }

    /** Whether a hold waits for this index's creation; the hold is used up. */
    synchronized boolean takeIndexHold(String table, String index) {
        return indexHolds.remove(table + "/" + index);
    }

    /** Held deliveries are the scheduler's; this answers for the groups. */
    boolean isHeld(AvailabilityZone zone) {
        return cluster.scheduler().isHeld(zone);
    }
}
