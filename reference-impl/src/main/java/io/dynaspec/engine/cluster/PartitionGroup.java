package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * One partition of a table, replicated: three {@link Replica}s in three availability zones, one of
 * them the leader (the seed's "partition group" and "primary"). All writes go to the leader, which
 * judges the precondition against its own state, appends the write to the log with its epoch and
 * sequence number, and acknowledges once the {@link AckRule} is met. Followers apply the log in
 * order, when the {@link Scheduler} delivers it.
 *
 * <p>The log is held once: every replica's log is a prefix of it, so a replica's log is fully
 * described by how many entries it applied and the epoch of the last one (the model's "replica
 * logs are prefixes of the leader's"). When a new leader is elected, entries beyond its log are
 * cut; a replica that had applied a cut entry has diverged and is rebuilt from the leader.
 */
public final class PartitionGroup {
    private final int index;
    private final Replica[] replicas = new Replica[AvailabilityZone.values().length];
    /** Epoch of the last entry each replica applied; 0 before any. */
    private final long[] lastEpoch = new long[replicas.length];
    private final List<LogEntry> log = new ArrayList<>();
    private final Cluster cluster;
    private final Random readChoice;
    private int leader;
    private long epoch = 1;

    PartitionGroup(Cluster cluster, int index, boolean composite, long seed) {
        this.cluster = cluster;
        this.index = index;
        for (AvailabilityZone z : AvailabilityZone.values()) {
            replicas[z.ordinal()] = new Replica(z, composite);
        }
        this.readChoice = new Random(seed);
        this.leader = AvailabilityZone.A.ordinal();
    }

    /** The partition's position in its table's partition map. */
    public int index() {
        return index;
    }

    /**
     * Judges and applies one write atomically at the leader, then waits until the acknowledgement
     * rule holds. Throws ConditionalCheckFailedException (carrying the existing item) when the
     * precondition is false, and a retryable InternalServerError when no quorum can be reached.
     */
    public synchronized WriteOutcome write(PrimaryKey key, Precondition precondition, Mutation mutation) {
        AckRule rule = cluster.ackRule();
        Replica lead = leaderReplica();
        if (lead == null || liveCount() < rule.required()) {
            throw Errors.noQuorum();
        }
        Item existing = lead.get(key);
        if (!precondition.test(existing)) {
            throw Errors.conditionalCheckFailed(existing == null ? null : existing.attributes());
        }
        Item next = mutation.apply(existing);
        LogEntry entry = new LogEntry(epoch, log.size() + 1L, key, next);
        log.add(entry);
        applyAt(leader, entry);
        cluster.trace().onAppend(this, entry);
        deliverAll();
        awaitAcknowledgement(entry, rule);
        cluster.trace().onAcknowledge(this, entry);
        return new WriteOutcome(existing, next, entry);
    }

    /** Blocks while deliveries are held and too few replicas hold the entry for the rule. */
    private void awaitAcknowledgement(LogEntry entry, AckRule rule) {
        boolean interrupted = false;
        try {
            while (holders(entry) < rule.required()) {
                if (!isInLog(entry)) {
                    throw Errors.internal("Internal server error: the leader failed before the write was replicated");
                }
                try {
                    wait();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private boolean isInLog(LogEntry entry) {
        return entry.sequence() <= log.size() && log.get((int) entry.sequence() - 1) == entry;
    }

    /** How many replicas hold the entry: they applied it, and it was not cut from their log. */
    private int holders(LogEntry entry) {
        int n = 0;
        for (int i = 0; i < replicas.length; i++) {
            if (replicas[i].appliedSequence() >= entry.sequence() && isInLog(entry) && !diverged(i)) {
                n++;
            }
        }
        return n;
    }

    /**
     * A read. Strongly consistent reads are served by the leader; eventually consistent reads by
     * a live replica chosen by the group's seeded random source, so a stale read shows up
     * deterministically while deliveries are held (HowItWorks.ReadConsistency.html).
     */
    public Replica readReplica(boolean consistent) {
        synchronized (this) {
            if (consistent) {
                Replica lead = leaderReplica();
                if (lead == null) {
                    throw Errors.noQuorum();
                }
                return lead;
            }
            List<Replica> live = new ArrayList<>(replicas.length);
            for (Replica r : replicas) {
                if (r.isUp()) {
                    live.add(r);
                }
            }
            if (live.isEmpty()) {
                throw Errors.noQuorum();
            }
            return live.size() == 1 ? live.get(0) : live.get(readChoice.nextInt(live.size()));
        }
    }

    /** Delivers every pending entry to each live follower whose zone is not held. */
    synchronized void deliverAll() {
        boolean progressed = false;
        for (int i = 0; i < replicas.length; i++) {
            if (i != leader && canReceive(i)) {
                progressed |= catchUp(i, Long.MAX_VALUE);
            }
        }
        if (progressed) {
            notifyAll();
        }
    }

    /** Delivers at most one pending entry to the replica in the zone; true when one was delivered. */
    synchronized boolean deliverOne(AvailabilityZone zone) {
        int i = zone.ordinal();
        if (i == leader || !replicas[i].isUp()) {
            return false;
        }
        boolean progressed = catchUp(i, 1);
        if (progressed) {
            notifyAll();
        }
        return progressed;
    }

    private boolean canReceive(int i) {
        return replicas[i].isUp() && !cluster.faults().isHeld(replicas[i].zone());
    }

    /** Brings replica i up to the log, at most {@code limit} entries, rebuilding it if it diverged. */
    private boolean catchUp(int i, long limit) {
        Replica r = replicas[i];
        boolean progressed = false;
        if (diverged(i)) {
            rebuild(i);
            progressed = true;
        }
        long delivered = 0;
        while (r.appliedSequence() < log.size() && delivered < limit) {
            LogEntry e = log.get((int) r.appliedSequence());
            applyAt(i, e);
            cluster.trace().onReplicate(this, r.zone(), e);
            delivered++;
            progressed = true;
        }
        return progressed;
    }

    private void applyAt(int i, LogEntry entry) {
        replicas[i].apply(entry);
        lastEpoch[i] = entry.epoch();
    }

    /** A replica diverged when it applied an entry that a later election cut from the log. */
    private boolean diverged(int i) {
        long applied = replicas[i].appliedSequence();
        if (applied == 0) {
            return false;
        }
        return applied > log.size() || log.get((int) applied - 1).epoch() != lastEpoch[i];
    }

    /** Replaces a diverged replica by a fresh one that replays the log from the start. */
    private void rebuild(int i) {
        Replica old = replicas[i];
        Replica fresh = new Replica(old.zone(), old.isComposite());
        fresh.setUp(old.isUp());
        replicas[i] = fresh;
        lastEpoch[i] = 0;
    }

    /** The zone's replica stops receiving and serving; a leader there is replaced. */
    synchronized void onZoneFailed(AvailabilityZone zone) {
        replicas[zone.ordinal()].setUp(false);
        cluster.trace().onFail(this, zone);
        if (leader == zone.ordinal()) {
            electLeader();
        }
        notifyAll();
    }

    /** The zone's replica catches up from the leader's log, then serves again. */
    synchronized void onZoneRecovered(AvailabilityZone zone) {
        int i = zone.ordinal();
        Replica r = replicas[i];
        r.setUp(true);
        if (leaderReplica() == null) {
            electLeader();
        }
        if (i != leader && !cluster.faults().isHeld(zone)) {
            catchUp(i, Long.MAX_VALUE);
        }
        cluster.trace().onRecover(this, zone);
        notifyAll();
    }

    /**
     * Elects the live replica with the longest log as leader in a new epoch, if a majority of the
     * group is live (a leader needs votes from a quorum: with two zones down, no leader, and the
     * partition refuses writes until a zone recovers). Entries beyond the new leader's log are cut.
     */
    private void electLeader() {
        int live = liveCount();
        if (live < 2) {
            leader = -1;
            return;
        }
        int best = -1;
        for (int i = 0; i < replicas.length; i++) {
            if (replicas[i].isUp() && !diverged(i)
                    && (best < 0 || replicas[i].appliedSequence() > replicas[best].appliedSequence())) {
                best = i;
            }
        }
        if (best < 0) {
            leader = -1;
            return;
        }
        leader = best;
        epoch++;
        long keep = replicas[best].appliedSequence();
        while (log.size() > keep) {
            log.remove(log.size() - 1);
        }
        cluster.trace().onElect(this, replicas[best].zone(), epoch);
    }

    private int liveCount() {
        int n = 0;
        for (Replica r : replicas) {
            if (r.isUp()) {
                n++;
            }
        }
        return n;
    }

    private Replica leaderReplica() {
        if (leader < 0) {
            return null;
        }
        Replica r = replicas[leader];
        return r.isUp() ? r : null;
    }

    /** The leader's zone, or null while the group has no leader. */
    public synchronized AvailabilityZone leaderZone() {
        Replica r = leaderReplica();
        return r == null ? null : r.zone();
    }

    public synchronized long epoch() {
        return epoch;
    }

    public synchronized long logLength() {
        return log.size();
    }

    public synchronized Replica replica(AvailabilityZone zone) {
        return replicas[zone.ordinal()];
    }

    /** A consistent snapshot of the group's replication state, for status and tests. */
    public synchronized GroupStatus status() {
        List<GroupStatus.ReplicaStatus> rs = new ArrayList<>();
        for (int i = 0; i < replicas.length; i++) {
            Replica r = replicas[i];
            rs.add(new GroupStatus.ReplicaStatus(r.zone(), r.isUp(), i == leader && r.isUp(),
                    r.appliedSequence(), lastEpoch[i], r.itemCount()));
        }
        return new GroupStatus(index, leaderZone(), epoch, log.size(), List.copyOf(rs));
    }

    /** The log as it stands, for model-level traces and tests. */
    public synchronized List<LogEntry> logSnapshot() {
        return List.copyOf(log);
    }
}
