package io.dynaspec.engine.cluster;

import io.dynaspec.engine.cluster.storage.ReplicaStore;
import io.dynaspec.engine.error.Errors;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The files of one partition group's three replicas, and what the group needs to know of them:
 * how far each replica's log is forced (what the acknowledgement rule counts), which replicas
 * rebuild from the others after losing their files (they neither vote nor count until caught
 * up), and which crashed (down, holding only what they forced). Called under the group's lock.
 */
final class ReplicaDisk implements ReplicaStore.Listener {
    private final PartitionGroup group;
    private final DataDirectory data;
    final String[] folders = new String[AvailabilityZone.values().length];
    final ReplicaStore[] stores = new ReplicaStore[folders.length];
    private final boolean[] rebuilding = new boolean[folders.length];
    /** The group's log end when a replica started rebuilding: caught up once that is forced on it. */
    private final long[] rebuildTarget = new long[folders.length];
    private final boolean[] crashed = new boolean[folders.length];
    /** Replicas whose log outgrew the snapshot size: each writes a snapshot at its next commit point. */
    private final boolean[] snapshotDue = new boolean[folders.length];

    ReplicaDisk(PartitionGroup group, DataDirectory data, String table) {
        this.group = group;
        this.data = data;
        for (AvailabilityZone z : AvailabilityZone.values()) {
            folders[z.ordinal()] = data.replicaFolder(table, group.index(), z);
        }
    }

    DataDirectory data() {
        return data;
    }

    @Override
    public void onDurable() {
        group.onDurable();
    }

    /** New, empty replicas: each folder created whole. */
    void create() {
        try {
            for (int i = 0; i < stores.length; i++) {
                stores[i] = ReplicaStore.create(data.volume(), folders[i], data.groupCommit(), this);
            }
        } catch (IOException e) {
            data.failed(e);
            throw new UncheckedIOException(e);
        }
    }

    void open(int i, ReplicaStore.Recovered r, long position) throws IOException {
        stores[i] = ReplicaStore.open(data.volume(), folders[i], r, position, data.groupCommit(), this);
        rebuilding[i] = false;
        crashed[i] = false;
        snapshotDue[i] = false;
    }

    /** The replica lost its files (or they cannot be trusted): it starts empty and rebuilds. */
    void rebuild(int i, long target) throws IOException {
        stores[i] = ReplicaStore.createRebuilding(data.volume(), folders[i], data.groupCommit(), this);
        rebuilding[i] = true;
        rebuildTarget[i] = target;
        crashed[i] = false;
        snapshotDue[i] = false;
    }

    /**
     * Forces the epoch replica i votes in, and where its log began, to its epoch file, before the
     * epoch's leader takes a write. A failure stops the storage, as a failed force of the log
     * does: no write is taken.
     */
    void forceEpoch(int i, long epoch, long start) {
        if (crashed[i] || stores[i] == null) {
            return;
        }
        try {
            stores[i].forceEpoch(epoch, start);
        } catch (IOException e) {
            data.failed(e);
            throw new UncheckedIOException(e);
        }
    }

    boolean isRebuilding(int i) {
        return rebuilding[i];
    }

    boolean isCrashed(int i) {
        return crashed[i];
    }

    long counted(int i, long applied) {
        if (rebuilding[i] || stores[i] == null) {
            return 0;
        }
        return Math.min(applied, stores[i].durable());
    }

    /** Clears the rebuilding replicas whose forced log reached their target, marking their folders whole. */
    void afterDurable() {
        for (int i = 0; i < stores.length; i++) {
            if (rebuilding[i] && !crashed[i] && stores[i].durable() >= rebuildTarget[i]
                    && group.replicaAt(i).appliedSequence() >= rebuildTarget[i]) {
                try {
                    // It votes from now on: its epoch file first, so that a start never numbers
                    // below the epoch it caught up in.
                    stores[i].forceEpoch(group.epoch(), group.epochStart());
                    stores[i].markWhole();
                } catch (IOException e) {
                    data.failed(e);
                    throw new UncheckedIOException(e);
                }
                rebuilding[i] = false;
            }
        }
    }

    /** The last entry encoded, and its record: the leader's append encodes, the followers' reuse it. */
    private LogEntry lastEncoded;
    private byte[] lastRecord;

    void append(int i, LogEntry e) {
        if (crashed[i]) {
            return;
        }
        if (e != lastEncoded) {
            lastRecord = ReplicaStore.encode(new ReplicaStore.Entry(e.epoch(), e.sequence(), e.kind().ordinal(),
                    e.transaction(), e.key(), e.item(), e.previous()));
            lastEncoded = e;
        }
        ReplicaStore s = stores[i];
        s.append(e.sequence(), lastRecord);
        if (s.logBytes() > data.snapshotBytes()) {
            snapshotDue[i] = true;
        }
    }

    /**
     * Whether a new write must wait: a replica that can reach the commit point (up, in the
     * current epoch, not crashed) has a snapshot due and its log past the bound. Writers that
     * always keep an entry waiting for its quorum never let it reach that point; held back, the
     * entries appended are acknowledged, the replica reaches it and writes the snapshot
     * ({@link #snapshotWhereDue}), and the writers go on. A replica that cannot reach it (down,
     * or not yet in the epoch) holds no writer back: its log does not grow meanwhile.
     */
    boolean logPastBound() {
        for (int i = 0; i < stores.length; i++) {
            if (snapshotDue[i] && !crashed[i] && stores[i] != null && stores[i].logBytes() > data.logBoundBytes()
                    && group.mayReachCommitPoint(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Writes the snapshots that are due, of the replicas at the commit point: a log outgrown
     * while entries waited for their quorum is snapshotted once they are acknowledged.
     */
    void snapshotWhereDue() {
        for (int i = 0; i < stores.length; i++) {
            if (snapshotDue[i] && !crashed[i] && stores[i] != null && group.atCommitPoint(i)) {
                snapshot(i, group.lastEpoch(i));
            }
        }
    }

    static LogEntry entryOf(ReplicaStore.Entry e) {
        return new LogEntry(e.epoch(), e.sequence(), e.key(), e.item(), e.previous(), LogEntry.Kind.values()[e.kind()], e.transaction());
    }

    void cut(int i, long sequence) {
        if (!crashed[i]) {
            stores[i].appendCut(sequence);
        }
    }

    /**
     * Writes the replica's state as a snapshot, at the position it applied, which the group
     * acknowledged. The rule that keeps a stream's records through a power cut: the feeds that
     * keep records on disk are forced first, because once the snapshot is written the replica's
     * log no longer holds the entries a restart would make those records from again.
     */
    void snapshot(int i, long epoch) {
        if (crashed[i]) {
            return;
        }
        snapshotDue[i] = false;
        group.forceFeeds();
        Replica r = group.replicaAt(i);
        try {
            stores[i].snapshot(r.appliedSequence(), epoch, r.items(), r.preparedItems());
        } catch (IOException e) {
            data.failed(e);
            throw new UncheckedIOException(e);
        }
        afterDurable();
    }

    /** The replica's process dies: it keeps what it forced, and writes nothing more. */
    void crash(int i) {
        stores[i].crash();
        crashed[i] = true;
    }

    /** Fails the waiting writer when the storage stopped: nothing more is acknowledged. */
    void checkWorking() {
        if (data.failure() != null) {
            throw Errors.internal("Internal server error: the engine's storage failed; it stops rather than acknowledge");
        }
    }

    /** Inline group commit: forces every replica's waiting records now. Returns whether any were. */
    boolean forceInline() {
        if (!data.groupCommit().isInline()) {
            return false;
        }
        boolean any = false;
        for (int i = 0; i < stores.length; i++) {
            if (!crashed[i] && stores[i] != null) {
                long before = stores[i].durable();
                stores[i].flush();
                any |= stores[i].durable() != before;
            }
        }
        return any;
    }

    /** Forces replica i's waiting records now, unless it crashed. */
    void force(int i) {
        if (!crashed[i] && stores[i] != null) {
            stores[i].flush();
        }
    }

    /** How far replica i's log is forced, a crashed replica's included: what its files keep. */
    long kept(int i) {
        return stores[i] == null ? 0 : stores[i].durable();
    }

    /** How far replica i's log is forced; 0 once it crashed (until it restarts from its files). */
    long forced(int i) {
        return crashed[i] || stores[i] == null ? 0 : stores[i].durable();
    }

    /** Forces every replica's waiting records now, on this thread. */
    void flushAll() {
        for (int i = 0; i < stores.length; i++) {
            if (!crashed[i] && stores[i] != null) {
                stores[i].flush();
            }
        }
    }

    void close() {
        for (int i = 0; i < stores.length; i++) {
            if (stores[i] != null && !crashed[i]) {
                stores[i].close();
            }
        }
    }
}
