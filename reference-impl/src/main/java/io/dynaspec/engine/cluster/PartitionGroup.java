package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.CancellationReason;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.WeakHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Function;

/**
 * One partition of a table, replicated: three {@link Replica}s in three availability zones, one of
 * them the leader (the seed's "partition group" and "primary"). All writes go to the leader, which
 * judges the precondition against its own state, appends the write to the log with its epoch and
 * sequence number, and acknowledges once the {@link AckRule} is met. Followers apply the log in
 * order, when the {@link Scheduler} delivers it.
 *
 * <p>The log is held once: every replica's log is a prefix of it, so a replica's log is fully
 * described by how many entries it applied (the model's "replica logs are prefixes of the
 * leader's"). When a new leader is elected, entries beyond its log are cut, and a replica that
 * had applied a cut entry undoes it: each entry keeps the item it replaced.
 */
public final class PartitionGroup {
    private final int index;
    private final Replica[] replicas = new Replica[AvailabilityZone.values().length];
    /** The partition keys in scan order, shared by the three replicas. */
    private final ScanIndex scanOrder = new ScanIndex();
    /** Epoch of the last entry each replica applied; 0 before any. */
    private final long[] lastEpoch = new long[replicas.length];
    /**
     * The epoch whose leader's log each replica last adopted (the model's {@code replicaEpoch}):
     * a replica joins an epoch by being elected in it, or by taking the new leader's whole log
     * at its first delivery in it. Elections prefer the latest epoch, then the longest log.
     */
    private final long[] joinedEpoch = new long[replicas.length];
    /**
     * The log from position {@code logBase + 1} on. Entries every replica applied and that are
     * acknowledged are dropped from the front in chunks: a replica that falls behind the dropped
     * part catches up from a copy of the leader's items instead.
     */
    private final ArrayList<LogEntry> log = new ArrayList<>();
    private long logBase;
    /** The epoch of the last dropped entry: a snapshot's, for a replica that catches up from one. */
    private long logBaseEpoch;
    private final Cluster cluster;
    private final Random readChoice;
    private int leader;
    private long epoch = 1;
    /**
     * Where the current epoch's log began: the length of its leader's log at its election, after
     * the election's cut. Every entry of the group's log past it is of this epoch or a later one.
     */
    private long epochStart;
    /**
     * The last sequence number the acknowledgement rule has held for. It only grows: an entry
     * enough replicas held stays in the log through any failover (the model's "no acknowledged
     * write is lost"), except under the unsafe rule, where a cut may take it back.
     */
    private long committed;
    /**
     * Entries a failover cut, for as long as anyone holds one (a client waiting for it, a caller
     * of {@link #writeState}): a later entry may take a cut entry's position, be acknowledged and
     * even be dropped by compaction before the cut one's client looks again, so position alone
     * cannot say the entry is gone. Looked up by the entry's epoch and position (LogEntry's
     * equality), never by its items.
     */
    private final Map<LogEntry, Boolean> cut = new WeakHashMap<>();
    /**
     * Told of every entry once it is acknowledged, in log order, under the group's lock: the
     * propagators of the table's global secondary indexes, which must never see an entry that
     * is not acknowledged.
     */
    private final List<java.util.function.Consumer<LogEntry>> acknowledgedFeeds = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Told of every entry the leader appends, before its quorum, under the group's lock: only
     * under the unsafe rules ({@link IndexFeed#UNSAFE_LEADER_LOG} for a global index,
     * {@link StreamFeed#UNSAFE_LEADER_APPEND} for a stream's shards).
     */
    private final List<java.util.function.Consumer<LogEntry>> appendedFeeds = new java.util.concurrent.CopyOnWriteArrayList<>();
    /**
     * Forces the files of the feeds that keep what they were told on disk (a stream's shards):
     * run before a replica's snapshot drops entries from its log ({@link ReplicaDisk#snapshot}).
     */
    private final List<Runnable> feedForces = new java.util.concurrent.CopyOnWriteArrayList<>();
    /** The table whose partition this is, or null (tests): what a replica built anew keeps. */
    private final TableMetadata table;
    private final boolean composite;
    /** Each replica's files, when the engine keeps its tables on disk; null in memory. */
    private ReplicaDisk disk;

    PartitionGroup(Cluster cluster, int index, boolean composite, long seed) {
        this(cluster, index, composite, seed, null);
    }

    /** @param table the table's metadata, whose local secondary indexes each replica keeps; or null */
    PartitionGroup(Cluster cluster, int index, boolean composite, long seed, TableMetadata table) {
        this.cluster = cluster;
        this.index = index;
        this.table = table;
        this.composite = composite;
        for (AvailabilityZone z : AvailabilityZone.values()) {
            replicas[z.ordinal()] = newReplica(z);
        }
        this.readChoice = new Random(seed);
        this.leader = AvailabilityZone.A.ordinal();
        Arrays.fill(joinedEpoch, 1);
    }

    /** An empty replica for the zone, keeping the table's local secondary indexes. */
    Replica newReplica(AvailabilityZone z) {
        return table == null ? new Replica(z, composite, scanOrder)
                : new Replica(z, composite, scanOrder, new LocalIndexes(table.keySchema(), table.localIndexes()));
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
        awaitLogRoom();
        AckRule rule = cluster.ackRule();
        Replica lead = leaderWithQuorum(rule);
        if (lead.preparedTransaction(key) != 0 && cluster.preparedItemWrites() == PreparedItemWrites.REFUSED) {
            // transaction-apis.html: a PutItem, UpdateItem or DeleteItem on an item a transaction
            // holds is refused with TransactionConflictException.
            throw Errors.transactionConflict();
        }
        Item existing = lead.get(key);
        if (!precondition.test(existing)) {
            // The condition is judged on the leader's state, which includes writes still waiting
            // for their quorum. A failure may be reported only if it holds on committed state too:
            // if an unreplicated write on this key decides it, its fate is not known yet.
            if (firstPendingEntryFor(key) != null) {
                throw Errors.internal("Internal server error: the item has a write that is not yet replicated; retry");
            }
            throw Errors.conditionalCheckFailed(existing == null ? null : existing.attributes());
        }
        Item next = mutation.apply(existing);
        if (growsCollectionPastLimit(lead, key, existing, next)) {
            throw Errors.itemCollectionSizeLimitExceeded();
        }
        LogEntry entry = append(new LogEntry(epoch, logEnd() + 1, key, next, existing));
        deliverAll();
        awaitAcknowledgement(entry, rule);
        cluster.trace().onAcknowledge(this, entry);
        return new WriteOutcome(existing, next, entry);
    }

    /**
     * The prepare phase of a transaction at this partition (Idziorek et al.): each action's
     * condition is judged at the leader, its new item computed and checked, and the item must not
     * be held by another transaction. Fills each action's reason and items. When every action
     * passes and {@code append} is set, a PREPARE entry per item is appended and replicated, and
     * the call returns once the acknowledgement rule holds for them. Returns whether every action
     * passed. Throws a retryable InternalServerError when no quorum can be reached or a failover
     * cuts the prepare.
     */
    synchronized boolean prepare(long transaction, List<TransactionCoordinator.Action> actions, boolean append) {
        if (append) {
            awaitLogRoom();
        }
        AckRule rule = cluster.ackRule();
        Replica lead = leaderWithQuorum(rule);
        boolean ok = true;
        for (TransactionCoordinator.Action a : actions) {
            ok &= judge(lead, a);
        }
        if (!ok || !append) {
            return ok;
        }
        LogEntry last = null;
        for (TransactionCoordinator.Action a : actions) {
            last = append(new LogEntry(epoch, logEnd() + 1, a.key, a.existing, a.existing, LogEntry.Kind.PREPARE, transaction));
        }
        deliverAll();
        awaitAcknowledgement(last, rule);
        cluster.trace().onAcknowledge(this, last);
        return true;
    }

    private boolean judge(Replica lead, TransactionCoordinator.Action a) {
        if (lead.preparedTransaction(a.key) != 0) {
            a.reason = CancellationReason.conflict();
            return false;
        }
        Item existing = lead.get(a.key);
        a.existing = existing;
        if (!a.precondition.test(existing)) {
            // As for a single write: a failure decided by a write still waiting for its quorum
            // is not known yet, so the transaction conflicts rather than fails its condition.
            a.reason = firstPendingEntryFor(a.key) != null ? CancellationReason.conflict()
                    : CancellationReason.conditionalCheckFailed(existing == null ? null : existing.attributes());
            return false;
        }
        try {
            a.next = a.mutation == null ? existing : a.mutation.apply(existing);
        } catch (DynamoException e) {
            a.reason = CancellationReason.validation(e.getMessage());
            return false;
        }
        if (growsCollectionPastLimit(lead, a.key, existing, a.next)) {
            a.reason = CancellationReason.itemCollectionSizeLimitExceeded();
            return false;
        }
        a.reason = CancellationReason.OK;
        return true;
    }

    /** LSI.html, "Item collection size limit": 10 GB per partition key value of a table with local indexes. */
    public static final long ITEM_COLLECTION_LIMIT = 10L * 1024 * 1024 * 1024;
    /** Overhead counted per local index entry in an item collection (LSI.html, "Item collections"). */
    private static final int INDEX_ENTRY_OVERHEAD = 100;
    /** This table's limit: DynamoDB's, or lower (a table option) so that a test can reach it. */
    private volatile long itemCollectionLimit = ITEM_COLLECTION_LIMIT;

    void setItemCollectionLimit(long bytes) {
        this.itemCollectionLimit = bytes;
    }

    /**
     * Whether replacing {@code existing} by {@code next} takes the key's item collection (its
     * items and their local index entries) past the limit. Only a table with local secondary
     * indexes has the limit, and only a write that grows the collection is refused: "Read and
     * write operations that shrink the size of the item collection are still allowed" (LSI.html).
     */
    private boolean growsCollectionPastLimit(Replica lead, PrimaryKey key, Item existing, Item next) {
        if (table == null || table.localIndexes().isEmpty()) {
            return false;
        }
        long growth = collectionBytes(next) - collectionBytes(existing);
        if (growth <= 0) {
            return false;
        }
        // Without adding up the items: a collection of n items holds at most n times an item's
        // largest share (an item of 400 KB and a full entry in each local index), so most writes
        // are judged by the item count alone, off the cost of summing every item's size.
        long largestShare = (long) Item.MAX_SIZE + (long) table.localIndexes().size() * (Item.MAX_SIZE + INDEX_ENTRY_OVERHEAD);
        int items = lead.collection(key.partition()).size();
        if ((long) (items + 1) * largestShare <= itemCollectionLimit) {
            return false;
        }
        return collectionSize(lead, key) + growth > itemCollectionLimit;
    }

    /**
     * The size of the item collection holding {@code key} at the leader: its items and their
     * local index entries (ReturnItemCollectionMetrics' estimate, and what the limit counts).
     */
    public long itemCollectionSize(PrimaryKey key) {
        return collectionSize(readReplica(true), key);
    }

    private long collectionSize(Replica replica, PrimaryKey key) {
        long size = 0;
        for (Item item : replica.collection(key.partition()).values()) {
            size += collectionBytes(item);
        }
        return size;
    }

    private long collectionBytes(Item item) {
        if (item == null) {
            return 0;
        }
        long bytes = item.size();
        for (TableMetadata.IndexDefinition index : table.localIndexes()) {
            Item entry = index.entryOf(table.keySchema(), item);
            if (entry != null) {
                bytes += entry.size() + INDEX_ENTRY_OVERHEAD;
            }
        }
        return bytes;
    }

    private LogEntry append(LogEntry entry) {
        log.add(entry);
        applyAt(leader, entry);
        feedAppended(entry);
        cluster.trace().onAppend(this, entry);
        return entry;
    }

    /**
     * The second phase of a transaction at this partition: a COMMIT entry (writing the action's
     * new item) or a CANCEL entry for each item the leader still holds for the transaction — an
     * item already released by an earlier attempt is skipped. With {@code await}, returns once the
     * rule holds for them; otherwise after appending. Returns the last entry appended, or null.
     */
    synchronized LogEntry finish(long transaction, List<TransactionCoordinator.Action> actions, boolean commit, boolean await) {
        cluster.trace().onFinish(this, transaction, commit);
        AckRule rule = cluster.ackRule();
        Replica lead = leaderWithQuorum(rule);
        LogEntry last = null;
        for (TransactionCoordinator.Action a : actions) {
            if (lead.preparedTransaction(a.key) != transaction) {
                continue;
            }
            Item current = lead.get(a.key);
            last = commit
                    ? append(new LogEntry(epoch, logEnd() + 1, a.key, a.next, current, LogEntry.Kind.COMMIT, transaction))
                    : append(new LogEntry(epoch, logEnd() + 1, a.key, current, current, LogEntry.Kind.CANCEL, transaction));
        }
        deliverAll();
        if (last != null && await) {
            awaitAcknowledgement(last, rule);
            cluster.trace().onAcknowledge(this, last);
        }
        return last;
    }

    /**
     * Whether a write to this partition now would wait for a later delivery: the leader could
     * append it, but no live follower receives deliveries to make up the quorum. Otherwise a
     * write is either acknowledged within the call or refused at once.
     */
    public synchronized boolean wouldWaitForDelivery() {
        AckRule rule = cluster.ackRule();
        if (leaderReplica() == null || liveCount() < rule.required() || rule.required() == 1) {
            return false;
        }
        for (int i = 0; i < replicas.length; i++) {
            if (i != leader && canReceive(i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * One round of a transactional read at this partition: each item as of the last acknowledged
     * write, or a TransactionConflict reason when a transaction holds it. Returns the group's
     * position (log end and commit point), which a second round compares: unchanged, nothing was
     * written here between the rounds.
     */
    synchronized long[] readForTransaction(List<TransactionCoordinator.Read> reads) {
        Replica lead = leaderReplica();
        if (lead == null) {
            throw Errors.noQuorum();
        }
        for (TransactionCoordinator.Read r : reads) {
            LogEntry pending = firstPendingEntryFor(r.key);
            // A transaction's entry still waiting for its quorum is part of a transaction that is
            // not over: its other items may already show its writes, so the read conflicts.
            if (lead.preparedTransaction(r.key) != 0 || pending != null && hasPendingTransactionEntry(r.key)) {
                r.reason = CancellationReason.conflict();
            } else {
                r.item = pending == null ? lead.get(r.key) : pending.previous();
                r.reason = CancellationReason.OK;
            }
        }
        return position();
    }

    /** The group's log end and commit point. */
    synchronized long[] position() {
        return new long[] {logEnd(), committed};
    }

    /**
     * Blocks, before a write is judged, while a replica's log is past the bound with its snapshot
     * due ({@link ReplicaDisk#logPastBound}): the entries already appended are acknowledged, the
     * replica reaches its commit point and writes the snapshot, and the writer goes on. The
     * snapshot still holds acknowledged entries only: what a failover or a start undoes (entries
     * never acknowledged, spec/PowerCut.tla's CatchUpDurable and UndoCut) is never in one. A
     * transaction's second phase does not wait: it finishes what a prepare began, one entry per
     * item at most.
     */
    private void awaitLogRoom() {
        if (disk != null && disk.logPastBound()) {
            awaitOnGroup(() -> !disk.logPastBound());
        }
    }

    /**
     * Waits on the group's monitor until {@code done} holds: each time it does not, a failed disk
     * stops the wait, and the waiting thread forces the logs itself where it may (group commit's
     * inline force) before it waits for the next force or delivery. An interrupt is kept for the
     * caller.
     */
    private void awaitOnGroup(BooleanSupplier done) {
        boolean interrupted = false;
        try {
            while (!done.getAsBoolean()) {
                if (disk != null) {
                    disk.checkWorking();
                    if (disk.forceInline()) {
                        continue;
                    }
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

    /** Blocks while deliveries are held and too few replicas hold the entry for the rule. */
    private void awaitAcknowledgement(LogEntry entry, AckRule rule) {
        if (!acknowledgedOrCut(entry)) {
            awaitOnGroup(() -> acknowledgedOrCut(entry));
        }
    }

    /**
     * Whether the entry is acknowledged; throws when a failover cut it. Judged once before any
     * wait, so that a write its quorum acknowledged at once (deliveries not held) builds no
     * condition for the wait.
     */
    private boolean acknowledgedOrCut(LogEntry entry) {
        if (!isInLog(entry)) {
            throw Errors.cutByFailover();
        }
        return entry.sequence() <= committed;
    }

    /** Where an appended write stands: waiting for its quorum, acknowledgeable, or cut from the log. */
    public enum WriteState { PENDING, ACKNOWLEDGED, CUT }

    /** The state of a write the leader appended, under the cluster's acknowledgement rule. */
    public synchronized WriteState writeState(LogEntry entry) {
        if (!isInLog(entry)) {
            return WriteState.CUT;
        }
        return entry.sequence() <= committed ? WriteState.ACKNOWLEDGED : WriteState.PENDING;
    }

    /** Whether the entry is still in the log, at its position: what "not lost" means. */
    public synchronized boolean holdsInLog(LogEntry entry) {
        return isInLog(entry);
    }

    private boolean isInLog(LogEntry entry) {
        if (!cut.isEmpty() && cut.containsKey(entry)) {
            return false;
        }
        long s = entry.sequence();
        // A dropped entry was acknowledged and applied everywhere: it is in every log for good.
        return s <= logBase || (s <= logEnd() && entryAt(s) == entry);
    }

    /** The position of the last entry of the log. */
    private long logEnd() {
        return logBase + log.size();
    }

    /** The entry at a position past the dropped part. */
    private LogEntry entryAt(long sequence) {
        return log.get((int) (sequence - logBase - 1));
    }

    /** Drops acknowledged entries every replica applied, once a chunk of them has accumulated. */
    private void compact() {
        // Only live replicas hold the log back: a failed zone's replica may fall behind the
        // dropped part, and then catches up from a copy when it recovers.
        long droppable = committed;
        for (Replica r : replicas) {
            if (r.isUp()) {
                droppable = Math.min(droppable, r.appliedSequence());
            }
        }
        int n = (int) (droppable - logBase);
        if (n >= cluster.compactionChunk() && n >= log.size() / 2) {
            logBaseEpoch = log.get(n - 1).epoch();
            log.subList(0, n).clear();
            logBase += n;
        }
    }

    /**
     * Moves the commit point to the position that enough replicas have applied: replicas apply
     * the log in order, so the rule holds through the k-th largest applied position.
     */
    private void advanceCommit() {
        if (leaderReplica() == null) {
            // The leader acknowledges (the model's Acknowledge needs it up). In memory copies are
            // made only by a live leader; on disk a follower may force its copy while the leader
            // is down, and the commit point moves once the leader is back or replaced.
            return;
        }
        // Three replicas: the k-th largest applied position, without sorting an array per write.
        long a = counted(0);
        long b = counted(1);
        long c = counted(2);
        long largest = Math.max(a, Math.max(b, c));
        long smallest = Math.min(a, Math.min(b, c));
        long kth = cluster.ackRule().required() == 1 ? largest : a + b + c - largest - smallest;
        long before = committed;
        committed = Math.max(committed, kth);
        for (long s = before + 1; s <= committed && !acknowledgedFeeds.isEmpty(); s++) {
            LogEntry e = entryAt(s);
            for (var feed : acknowledgedFeeds) {
                feed.accept(e);
            }
        }
    }

    /**
     * How far a replica counts towards the acknowledgement rule: the entries it applied, and, when
     * the engine keeps its tables on disk, only as far as they are forced there (the model's
     * {@code DurableHolders}); nothing while it rebuilds after losing its files, and nothing
     * before it joins the current epoch (the model's {@code Holders}). A copy an older epoch's
     * replica holds does not count: that replica may yet lose it to a crash and restart, keeping
     * its older epoch, while a replica of the current epoch without the entry wins an election
     * and cuts it. The trace validation of crashes found an acknowledged write lost that way.
     */
    private long counted(int i) {
        if (joinedEpoch[i] != epoch) {
            return 0;
        }
        long applied = replicas[i].appliedSequence();
        if (disk == null) {
            return applied;
        }
        if (cluster.ackCounts() == AckCounts.UNSAFE_IN_MEMORY_COPIES) {
            // The broken variant: a copy in memory counts, forced or not.
            return disk.isRebuilding(i) ? 0 : applied;
        }
        return disk.counted(i, applied);
    }

    /**
     * Forces the zone's replica's log now: every entry it holds becomes durable (the model's
     * Force). For a replay under a group commit that forces only when told
     * ({@link io.dynaspec.engine.cluster.storage.GroupCommit#manual}). Returns the position forced.
     */
    public synchronized long force(AvailabilityZone zone) {
        if (disk == null) {
            throw new IllegalStateException("the tables are not on disk");
        }
        long before = forcedSequence(zone);
        disk.force(zone.ordinal());
        long after = forcedSequence(zone);
        if (after > before) {
            cluster.trace().onForce(this, zone, after);
        }
        return after;
    }

    /** How far the zone's replica's log is forced to disk (the model's durable); 0 in memory or crashed. */
    public synchronized long forcedSequence(AvailabilityZone zone) {
        return disk == null ? 0 : disk.forced(zone.ordinal());
    }

    /**
     * The model's {@code durable} for the zone's replica, for model-level traces: how many entries
     * of the log it holds forced, a crashed replica included (what it kept), and never more than
     * it holds (an election's cut takes back entries it forced). 0 in memory.
     */
    public synchronized long durablePrefix(AvailabilityZone zone) {
        return disk == null ? 0 : Math.min(replicas[zone.ordinal()].appliedSequence(), disk.kept(zone.ordinal()));
    }

    /** Whether the zone's replica crashed and has not restarted yet. */
    public synchronized boolean isCrashed(AvailabilityZone zone) {
        return disk != null && disk.isCrashed(zone.ordinal());
    }

    /** Whether the group keeps its replicas in files (--data-dir), where crashes can happen. */
    public synchronized boolean onDisk() {
        return disk != null;
    }

    /** A replica's log was forced further: the commit point may move, and waiting writers with it. */
    synchronized void onDurable() {
        advanceCommit();
        if (disk != null) {
            disk.afterDurable();
            disk.snapshotWhereDue();
        }
        notifyAll();
    }

    /**
     * Whether replica i may write a snapshot now: it joined the current epoch and holds no entry
     * past the commit point, so that every entry a snapshot takes from its log was acknowledged
     * and already told to the feeds ({@link ReplicaDisk#snapshot}).
     */
    boolean atCommitPoint(int i) {
        return mayReachCommitPoint(i) && replicas[i].appliedSequence() <= committed;
    }

    /** Whether replica i is up and in the current epoch: once the entries appended are acknowledged, at its commit point. */
    boolean mayReachCommitPoint(int i) {
        return joinedEpoch[i] == epoch && replicas[i].isUp();
    }

    /** The epoch of replica i's last entry. */
    long lastEpoch(int i) {
        return lastEpoch[i];
    }

    /** Forces the files of the feeds that keep on disk what they were told. */
    void forceFeeds() {
        for (Runnable force : feedForces) {
            force.run();
        }
    }

    /** Adds the force of a feed that keeps its records in a file, run before any replica's snapshot. */
    void forceBeforeSnapshot(Runnable force) {
        feedForces.add(force);
    }

    void stopForcing(Runnable force) {
        feedForces.remove(force);
    }

    /** Wakes every waiting writer: the storage failed, and they must not wait for it. */
    synchronized void wake() {
        notifyAll();
    }

    /** Adds a reader of acknowledged entries, which from now on is told of each in log order. */
    void feedAcknowledged(java.util.function.Consumer<LogEntry> feed) {
        acknowledgedFeeds.add(feed);
    }

    /** Stops telling a reader of entries (its index was deleted, its stream disabled). */
    void stopFeeding(java.util.function.Consumer<LogEntry> feed) {
        acknowledgedFeeds.remove(feed);
        appendedFeeds.remove(feed);
    }

    /**
     * Adds a reader of every entry as the leader appends it, acknowledged or not, told before its
     * quorum (IndexFeed.UNSAFE_LEADER_LOG, StreamFeed.UNSAFE_LEADER_APPEND).
     */
    void feedAppended(java.util.function.Consumer<LogEntry> feed) {
        appendedFeeds.add(feed);
    }

    private void feedAppended(LogEntry entry) {
        for (var feed : appendedFeeds) {
            feed.accept(entry);
        }
    }

    /**
     * The item as of the last acknowledged write: what a strongly consistent read returns. The
     * leader's own state may be ahead, holding writes that still wait for their quorum (and may
     * yet be cut by a failover); those are not visible until acknowledged.
     */
    public synchronized Item readCommitted(PrimaryKey key) {
        Replica lead = leaderReplica();
        if (lead == null) {
            throw Errors.noQuorum();
        }
        LogEntry pending = firstPendingEntryFor(key);
        return pending == null ? lead.get(key) : pending.previous();
    }

    /**
     * A read of many items of this partition (Query, Scan). Strongly consistent: the reader runs
     * against the committed state, under the group's lock so that no write is applied while it
     * reads, and sees no write that still waits for its quorum (HowItWorks.ReadConsistency.html:
     * "reflects all writes that received a successful response prior to the read"). Eventually
     * consistent: against a live replica as it stands, which may miss recent writes.
     */
    public <T> T readItems(boolean consistent, Function<PartitionView, T> reader) {
        if (!consistent) {
            return reader.apply(readReplica(false));
        }
        synchronized (this) {
            Replica lead = leaderReplica();
            if (lead == null) {
                throw Errors.noQuorum();
            }
            long from = Math.max(committed, logBase);
            List<LogEntry> pending = from < logEnd() ? log.subList((int) (from - logBase), log.size()) : List.of();
            return reader.apply(new CommittedView(lead, pending));
        }
    }

    /** Whether a PREPARE, COMMIT or CANCEL entry on the key waits for its quorum. */
    private boolean hasPendingTransactionEntry(PrimaryKey key) {
        for (long s = committed + 1; s <= logEnd(); s++) {
            LogEntry e = entryAt(s);
            if (e.kind() != LogEntry.Kind.WRITE && e.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The earliest log entry on the key that is not yet acknowledged, or null. */
    private LogEntry firstPendingEntryFor(PrimaryKey key) {
        for (long s = committed + 1; s <= logEnd(); s++) {
            LogEntry e = entryAt(s);
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
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
            for (int i = 0; i < replicas.length; i++) {
                if (replicas[i].isUp()) {
                    live.add(replicas[i]);
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
        if (leaderReplica() == null) {
            // Entries come from the leader: with its zone down, nobody ships them.
            return;
        }
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
        if (i == leader || !replicas[i].isUp() || leaderReplica() == null) {
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

    /**
     * Brings replica i up to the log, at most {@code limit} entries. A replica that has not yet
     * joined the current epoch takes the whole log at once, as the model's CatchUp does: a
     * replica of the new epoch is then never shorter than the log the election kept, which is
     * what lets elections prefer the latest epoch.
     *
     * <p>In memory a replica that already holds the whole log joins at the next entry: its
     * copies were counted when it applied them. On disk it joins at once, with nothing to take:
     * a copy counts only once forced, which may come after an election, and only a replica of
     * the current epoch counts ({@link #counted}), so a write forced on the leader and on such a
     * replica would otherwise wait for the next write or for the third zone.
     */
    private boolean catchUp(int i, long limit) {
        boolean progressed = false;
        long delivered = 0;
        Replica r = replicas[i];
        boolean joining = joinedEpoch[i] < epoch && (r.appliedSequence() < logEnd() || disk != null);
        long most = joining ? Long.MAX_VALUE : limit;
        if (joining) {
            // It adopts the leader's log: its copies count from the first entry it takes.
            joinedEpoch[i] = epoch;
        }
        if (r.appliedSequence() < logBase) {
            // What it lacks was dropped from the log: it takes a snapshot of the dropped part, the
            // leader's items as of the log's first kept position (the leader's items, with the
            // entries after it undone). Entries after it arrive as entries, as to any follower.
            r.copyFrom(replicas[leader]);
            for (long s = r.appliedSequence(); s > logBase; s--) {
                r.rollBack(entryAt(s));
            }
            if (disk != null) {
                disk.snapshot(i, logBaseEpoch);
            }
            lastEpoch[i] = logBaseEpoch;
            advanceCommit();
            progressed = true;
            delivered++;
        }
        while (r.appliedSequence() < logEnd() && delivered < most) {
            LogEntry e = entryAt(r.appliedSequence() + 1);
            applyAt(i, e);
            if (!joining) {
                cluster.trace().onReplicate(this, r.zone(), e);
            }
            delivered++;
            progressed = true;
        }
        if (joining) {
            advanceCommit();
            cluster.trace().onCatchUp(this, r.zone());
            progressed = true;
        }
        return progressed;
    }

    private void applyAt(int i, LogEntry entry) {
        replicas[i].apply(entry);
        if (disk != null) {
            disk.append(i, entry);
        }
        lastEpoch[i] = entry.epoch();
        advanceCommit();
        compact();
        if (disk != null) {
            disk.snapshotWhereDue();
        }
    }

    /** The zone's replica stops receiving and serving; a leader there is replaced. */
    synchronized void onZoneFailed(AvailabilityZone zone) {
        down(zone, false);
    }

    /** The zone's replica goes down, failed or crashed; a leader there is replaced. */
    private void down(AvailabilityZone zone, boolean crash) {
        if (!replicas[zone.ordinal()].isUp()) {
            // Already down (its zone, or the replica alone, failed before): nothing happens.
            return;
        }
        replicas[zone.ordinal()].setUp(false);
        if (crash) {
            cluster.trace().onCrash(this, zone);
        } else {
            cluster.trace().onFail(this, zone);
        }
        if (leader == zone.ordinal() && !cluster.scheduler().electionsHeld()) {
            electLeader();
            // A new leader ships its log to the followers it can reach, as any leader does: a
            // delivery released while no leader was up would otherwise wait for the next write.
            deliverAll();
        }
        notifyAll();
    }

    /** The zone's replica catches up from the leader's log, then serves again. */
    synchronized void onZoneRecovered(AvailabilityZone zone) {
        recovered(zone, false);
    }

    /** The zone's replica, failed or restarted from its files, catches up and serves again. */
    private void recovered(AvailabilityZone zone, boolean restart) {
        int i = zone.ordinal();
        Replica r = replicas[i];
        if (r.isUp()) {
            // Recovering a replica that is up does nothing: in particular it does not deliver
            // entries its zone's deliveries are held back from.
            return;
        }
        r.setUp(true);
        // A leader back from a failure acknowledges what enough replicas forced while it was down.
        advanceCommit();
        if (restart) {
            cluster.trace().onRestart(this, zone, r.appliedSequence());
        } else {
            cluster.trace().onRecover(this, zone);
        }
        if (leaderReplica() == null && !cluster.scheduler().electionsHeld()) {
            electLeader();
        }
        if (i != leader && leaderReplica() != null) {
            // Catching up is part of recovery, not a replication message: holds do not delay it,
            // so a recovered replica never serves entries that a failover cut.
            catchUp(i, Long.MAX_VALUE);
        }
        deliverAll();
        notifyAll();
    }

    /**
     * Elects the most up-to-date live replica as leader in a new epoch — the latest joined epoch
     * first, then the longest log, as the model's ElectLeader — if a majority of the group is
     * live (a leader needs votes from a quorum: with two zones down, no leader, and the partition
     * refuses writes until a zone recovers; the failed leader stays the leader of its epoch and
     * resumes if its zone recovers first). A replica's log counts as far as it agrees with the
     * group's log; entries beyond the new leader's are cut. Any two replicas include one that
     * holds every acknowledged entry, so no acknowledged write is cut.
     */
    private void electLeader() {
        if (voterCount() < 2) {
            return;
        }
        int best = -1;
        for (int i = 0; i < replicas.length; i++) {
            if (votes(i) && (best < 0 || moreUpToDate(i, best))) {
                best = i;
            }
        }
        leader = best;
        epoch++;
        joinedEpoch[best] = epoch;
        long keep = replicas[best].appliedSequence();
        epochStart = keep;
        forceEpochOfVoters();
        // Replicas that applied entries beyond the new leader's log undo them, newest first, so
        // that every replica's log is again a prefix of the leader's.
        for (int i = 0; i < replicas.length; i++) {
            boolean undone = false;
            while (replicas[i].appliedSequence() > keep) {
                replicas[i].rollBack(entryAt(replicas[i].appliedSequence()));
                undone = true;
            }
            if (undone && disk != null) {
                disk.cut(i, keep);
            }
            long applied = replicas[i].appliedSequence();
            lastEpoch[i] = applied == 0 ? 0 : applied > logBase ? entryAt(applied).epoch() : lastEpoch[i];
        }
        while (logEnd() > keep) {
            cut.put(log.remove(log.size() - 1), Boolean.TRUE);
        }
        committed = Math.min(committed, keep);
        cluster.trace().onElect(this, replicas[best].zone(), epoch);
    }

    /**
     * Elects a leader now, as the group does by itself when its leader's zone fails unless
     * elections are held ({@link Scheduler#holdElections}): the model's ElectLeader, taken where a
     * replay takes it. Returns the new leader's zone, or null when the group has a live leader or
     * too few voters.
     */
    public synchronized AvailabilityZone elect() {
        if (leaderReplica() != null || voterCount() < 2) {
            return null;
        }
        electLeader();
        deliverAll();
        notifyAll();
        return replicas[leader].zone();
    }

    /**
     * Forces the current epoch, and where its log began, to the epoch file of every replica that
     * votes in it, before its leader takes a write (the model's epochOnDisk, spec/PowerCut.tla):
     * any two majorities share a replica, so a start after a power cut, which needs two replicas
     * that can vote, reads the latest epoch elected in at least one of them and numbers its own
     * past it.
     */
    private void forceEpochOfVoters() {
        if (disk == null) {
            return;
        }
        for (int i = 0; i < replicas.length; i++) {
            if (votes(i)) {
                disk.forceEpoch(i, epoch, epochStart);
            }
        }
    }

    private boolean moreUpToDate(int a, int b) {
        if (joinedEpoch[a] != joinedEpoch[b]) {
            return joinedEpoch[a] > joinedEpoch[b];
        }
        return replicas[a].appliedSequence() > replicas[b].appliedSequence();
    }

    /** Whether the replica takes part in elections: up, and not rebuilding after losing its files. */
    private boolean votes(int i) {
        return replicas[i].isUp() && (disk == null || !disk.isRebuilding(i));
    }

    private int voterCount() {
        int n = 0;
        for (int i = 0; i < replicas.length; i++) {
            if (votes(i)) {
                n++;
            }
        }
        return n;
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

    /** The leader, when it and enough live replicas for the rule can take a write; else a retryable error. */
    private Replica leaderWithQuorum(AckRule rule) {
        Replica lead = leaderReplica();
        if (lead == null || liveCount() < rule.required()) {
            throw Errors.noQuorum();
        }
        return lead;
    }

    private Replica leaderReplica() {
        Replica r = replicas[leader];
        return r.isUp() && (disk == null || !disk.isRebuilding(leader)) ? r : null;
    }

    /** The leader's zone, or null while the group has no leader. */
    public synchronized AvailabilityZone leaderZone() {
        Replica r = leaderReplica();
        return r == null ? null : r.zone();
    }

    public synchronized long epoch() {
        return epoch;
    }

    /** Where the current epoch's log began: the length of its leader's log at its election. */
    synchronized long epochStart() {
        return epochStart;
    }

    public synchronized long logLength() {
        return logEnd();
    }

    /** The position of the last acknowledgeable entry: the commit point. */
    public synchronized long committedSequence() {
        return committed;
    }

    /** The epoch whose leader's log the zone's replica last adopted (the model's replicaEpoch). */
    public synchronized long joinedEpoch(AvailabilityZone zone) {
        return joinedEpoch[zone.ordinal()];
    }

    /** The zone of the leader of the current epoch, whether or not its zone is up. */
    public synchronized AvailabilityZone leaderOfEpoch() {
        return replicas[leader].zone();
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
        return new GroupStatus(index, leaderZone(), epoch, logEnd(), List.copyOf(rs));
    }

    Replica replicaAt(int i) {
        return replicas[i];
    }

    /** Keeps the group's replicas in files of their own from now on: a new table's partition. */
    synchronized void keepOnDisk(DataDirectory data, String tableName) {
        disk = new ReplicaDisk(this, data, tableName);
        disk.create();
    }

    /** Closes the replicas' files once what waits in them is forced. */
    synchronized void closeDisk() {
        if (disk != null) {
            disk.close();
        }
    }

    /**
     * What a replica's files gave at start: its state is loaded into a new replica; {@code tail}
     * holds the entries after its snapshot, for the group's log and to undo a stale suffix.
     */
    private record Loaded(List<LogEntry> tail, long snapshotSequence, long snapshotEpoch) {
        long lastEpoch(long applied) {
            return applied > snapshotSequence ? tail.get((int) (applied - snapshotSequence - 1)).epoch() : snapshotEpoch;
        }
    }

    /** Builds replica i anew from what its files hold: the snapshot, then the log's entries and cuts. */
    private Loaded load(int i, io.dynaspec.engine.cluster.storage.ReplicaStore.Recovered r) {
        scanOrder.clear(1 << i);
        Replica fresh = newReplica(replicas[i].zone());
        fresh.loadSnapshot(r.snapshotItems, item -> table.keySchema().keyOfItem(item), r.snapshotPrepared, r.snapshotSequence);
        List<LogEntry> tail = new ArrayList<>();
        for (Object rec : r.log) {
            if (rec instanceof io.dynaspec.engine.cluster.storage.ReplicaStore.Entry e) {
                LogEntry entry = ReplicaDisk.entryOf(e);
                fresh.apply(entry);
                tail.add(entry);
            } else {
                long to = ((io.dynaspec.engine.cluster.storage.ReplicaStore.Cut) rec).sequence();
                while (fresh.appliedSequence() > to) {
                    fresh.rollBack(tail.remove(tail.size() - 1));
                }
            }
        }
        replicas[i] = fresh;
        // What was read is now held by the replica and the tail: let it go before the next replica loads.
        r.log.clear();
        r.snapshotItems.clear();
        return new Loaded(tail, r.snapshotSequence, r.snapshotEpoch);
    }

    /**
     * Undoes the entries of replica i that the group's log does not have at their position,
     * newest first, down to where the two agree (the log matching rule: equal epochs at one
     * position mean equal logs up to it). Returns false when they cannot be brought to agree
     * from what the replica holds: it must rebuild.
     */
    private boolean reconcile(int i, Loaded loaded) {
        Replica r = replicas[i];
        while (true) {
            long s = r.appliedSequence();
            long e = loaded.lastEpoch(s);
            boolean agrees = s == 0 || (s > logBase && s <= logEnd() && entryAt(s).epoch() == e)
                    || (s == logBase && e == logBaseEpoch) || s < logBase;
            if (agrees) {
                lastEpoch[i] = s == 0 ? 0 : e;
                return true;
            }
            if (s <= loaded.snapshotSequence()) {
                return false;
            }
            r.rollBack(loaded.tail().get((int) (s - loaded.snapshotSequence() - 1)));
        }
    }

    /**
     * Undoes replica i's entries of epochs before {@code cutEpoch} past {@code cutStart}, newest
     * first: the election of {@code cutEpoch} began its log at {@code cutStart} and cut them from
     * the group's log, while their replica was crashed and could not record the cut (or before
     * the cut it recorded was forced). None was acknowledged: the election's leader had every
     * acknowledged entry, and its log ended at {@code cutStart}; and every entry appended since
     * is of that epoch or a later one, so the older entries past it are all at the end. Entries
     * in its snapshot stay (a snapshot holds acknowledged entries only). Returns how many it undid.
     */
    private int undoCut(int i, Loaded loaded, long cutEpoch, long cutStart) {
        Replica r = replicas[i];
        int undone = 0;
        while (true) {
            long s = r.appliedSequence();
            if (s <= cutStart || s <= loaded.snapshotSequence()) {
                return undone;
            }
            LogEntry last = loaded.tail().get((int) (s - loaded.snapshotSequence() - 1));
            if (last.epoch() >= cutEpoch) {
                return undone;
            }
            r.rollBack(last);
            loaded.tail().remove(loaded.tail().size() - 1);
            undone++;
        }
    }

    /** Opens replica i's files after {@link #reconcile}, recording a cut where it undid entries. */
    private void openReconciled(int i, io.dynaspec.engine.cluster.storage.ReplicaStore.Recovered found, long before) throws java.io.IOException {
        disk.open(i, found, before);
        long after = replicas[i].appliedSequence();
        if (after < before) {
            disk.cut(i, after);
        }
    }

    /**
     * Starts the group from its replicas' files after the engine restarted: the most up-to-date
     * replica that can vote (latest last epoch, then longest log, as a Raft election compares
     * logs) leads a new epoch with its log, one past the latest epoch any replica's epoch file or
     * entries name, forced to the voters' epoch files before it takes a write (so an epoch number
     * names one leader across runs of the engine); the others undo what it lacks and catch up; a replica
     * whose files are lost or damaged starts empty and rebuilds, without a vote, until it has
     * caught up. With fewer than two replicas able to vote, the group has no leader.
     *
     * @return what recovery found, one line per replica that needed more than reading its files
     */
    synchronized List<String> recover(DataDirectory data, String tableName,
                                      io.dynaspec.engine.cluster.storage.ReplicaStore.Recovered[] found) throws java.io.IOException {
        disk = new ReplicaDisk(this, data, tableName);
        scanOrder.beginLoading();
        try {
            return recoverLoading(tableName, found);
        } finally {
            scanOrder.endLoading();
        }
    }

    private List<String> recoverLoading(String tableName, io.dynaspec.engine.cluster.storage.ReplicaStore.Recovered[] found)
            throws java.io.IOException {
        List<String> notes = new ArrayList<>();
        Loaded[] loaded = new Loaded[replicas.length];
        // The table's first epoch, 1, was taken at its creation; every later one was forced to the
        // epoch files of a majority before its leader took a write. A damaged epoch file counts
        // for nothing, and the epochs of that replica's entries stand in for it; a torn last
        // record is a force that did not finish, whose leader took no write.
        long maxEpoch = 1;
        // The latest election any replica's epoch file names, and where its log began.
        long cutEpoch = 0;
        long cutStart = -1;
        for (var r : found) {
            if (r.usable && (r.epoch > cutEpoch || (r.epoch == cutEpoch && r.epochStart > cutStart))) {
                cutEpoch = r.epoch;
                cutStart = r.epochStart;
            }
        }
        long[] onFile = new long[replicas.length];
        for (int i = 0; i < replicas.length; i++) {
            var r = found[i];
            if (r.usable) {
                loaded[i] = load(i, r);
                onFile[i] = replicas[i].appliedSequence();
                if (cutStart >= 0) {
                    int undone = undoCut(i, loaded[i], cutEpoch, cutStart);
                    if (undone > 0) {
                        notes.add(zoneNote(i) + ": undid " + undone + (undone == 1 ? " entry" : " entries") + " past position " + cutStart
                                + " that the election of epoch " + cutEpoch + " cut");
                    }
                }
                lastEpoch[i] = loaded[i].lastEpoch(replicas[i].appliedSequence());
                maxEpoch = Math.max(maxEpoch, Math.max(lastEpoch[i], r.epoch));
                if (r.tornBytes > 0) {
                    notes.add(zoneNote(i) + ": cut a torn last record (" + r.tornBytes + " bytes)");
                }
                if (r.epochNote != null) {
                    notes.add(zoneNote(i) + ": " + r.epochNote);
                }
            } else {
                notes.add(zoneNote(i) + ": refused its files (" + r.problem + "); rebuilding from the others");
            }
        }
        int best = -1;
        for (int i = 0; i < replicas.length; i++) {
            if (loaded[i] != null && (best < 0 || lastEpoch[i] > lastEpoch[best]
                    || (lastEpoch[i] == lastEpoch[best] && replicas[i].appliedSequence() > replicas[best].appliedSequence()))) {
                best = i;
            }
        }
        int voters = 0;
        for (Loaded l : loaded) {
            voters += l == null ? 0 : 1;
        }
        log.clear();
        if (best >= 0) {
            log.addAll(loaded[best].tail());
            logBase = loaded[best].snapshotSequence();
            logBaseEpoch = loaded[best].snapshotEpoch();
            openReconciled(best, found[best], onFile[best]);
        }
        committed = logBase;
        epoch = maxEpoch + 1;
        epochStart = logEnd();
        leader = Math.max(best, 0);
        Arrays.fill(joinedEpoch, 0);
        joinedEpoch[leader] = epoch;
        for (int i = 0; i < replicas.length; i++) {
            if (i == best) {
                continue;
            }
            long before = onFile[i];
            if (loaded[i] != null && reconcile(i, loaded[i])) {
                openReconciled(i, found[i], before);
            } else {
                if (loaded[i] != null) {
                    notes.add(zoneNote(i) + ": its log disagrees with the leader's below its snapshot; rebuilding");
                    scanOrder.clear(1 << i);
                    replicas[i] = newReplica(replicas[i].zone());
                    voters--;
                }
                lastEpoch[i] = 0;
                disk.rebuild(i, logEnd());
            }
        }
        if (voters < 2) {
            // Beyond the failure budget: no two replicas can vote, so none may lead; the group
            // keeps its files and serves nothing.
            notes.add("partition " + index + " of " + tableName + ": fewer than two replicas can vote; it has no leader and serves nothing");
            for (Replica r : replicas) {
                r.setUp(false);
            }
            return notes;
        }
        forceEpochOfVoters();
        for (int i = 0; i < replicas.length; i++) {
            if (i != leader) {
                catchUp(i, Long.MAX_VALUE);
            }
        }
        advanceCommit();
        cluster.trace().onStart(this);
        return notes;
    }

    /**
     * After a start from the files: forces what catch-up appended and waits (at most ten seconds)
     * until the recovered log is acknowledged again, so that a strongly consistent read after the
     * start sees every write acknowledged before it.
     */
    synchronized void settle() {
        if (disk == null || leaderReplica() == null) {
            return;
        }
        long deadline = System.nanoTime() + 10_000_000_000L;
        // Replica by replica, so that each force is a step of the traces (the model's Force).
        for (AvailabilityZone z : AvailabilityZone.values()) {
            force(z);
        }
        advanceCommit();
        disk.afterDurable();
        if (disk.data().groupCommit().isInline()) {
            // Nothing forces behind this thread's back: what one round did is all there is.
            compact();
            return;
        }
        while (committed < logEnd() && disk.data().failure() == null) {
            disk.flushAll();
            advanceCommit();
            long left = (deadline - System.nanoTime()) / 1_000_000;
            if (committed >= logEnd() || left <= 0) {
                break;
            }
            try {
                wait(Math.min(left, 10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        // The recovered log was held whole for the followers to agree with; acknowledged again,
        // it is dropped as any acknowledged part is.
        compact();
    }

    /**
     * After a start: ends the transactions that hold items at the leader, committing those whose
     * decision the ledger kept and cancelling the others. A partition without a leader keeps
     * them prepared.
     */
    synchronized void resolvePrepared(Table owner, Map<Long, List<DecisionLog.Write>> decided) {
        resolvePrepared(owner, decided, t -> true);
    }

    /**
     * Ends, as {@link #resolvePrepared(Table, Map)} does, the transactions {@code taken} that hold
     * items at the leader: those a coordinator takes over from a failed one.
     */
    synchronized void resolvePrepared(Table owner, Map<Long, List<DecisionLog.Write>> decided, java.util.function.LongPredicate taken) {
        Replica lead = leaderReplica();
        if (lead == null || lead.preparedCount() == 0) {
            return;
        }
        Map<Long, List<TransactionCoordinator.Action>> byTransaction = new java.util.LinkedHashMap<>();
        for (Map.Entry<PrimaryKey, Long> e : lead.preparedItems().entrySet()) {
            if (!taken.test(e.getValue())) {
                continue;
            }
            TransactionCoordinator.Action a = new TransactionCoordinator.Action(owner, e.getKey(), Precondition.NONE, null);
            a.next = lead.get(e.getKey());
            for (DecisionLog.Write w : decided.getOrDefault(e.getValue(), List.of())) {
                if (!w.checkOnly() && w.table().equals(owner.name()) && w.key().equals(e.getKey())) {
                    a.next = w.item();
                }
            }
            byTransaction.computeIfAbsent(e.getValue(), t -> new ArrayList<>()).add(a);
        }
        for (Map.Entry<Long, List<TransactionCoordinator.Action>> e : byTransaction.entrySet()) {
            try {
                finish(e.getKey(), e.getValue(), decided.containsKey(e.getKey()), true);
            } catch (DynamoException noQuorum) {
                // It stays prepared, as a partition without its quorum keeps a transaction's items.
            }
        }
    }

    /**
     * The transactions holding items here: at the leader, or at any replica while the partition
     * has no leader.
     */
    synchronized java.util.Set<Long> preparedAtLeader() {
        Replica lead = leaderReplica();
        java.util.Set<Long> out = new java.util.HashSet<>();
        if (lead != null) {
            out.addAll(lead.preparedItems().values());
        } else {
            for (Replica r : replicas) {
                out.addAll(r.preparedItems().values());
            }
        }
        return out;
    }

    private String zoneNote(int i) {
        return "partition " + index + " replica " + replicas[i].zone().label();
    }

    /**
     * The zone's replica crashes: down like a failed zone (a leader there is replaced), and its
     * process gone: what it had not forced is lost. It restarts from its files.
     */
    synchronized void onZoneCrashed(AvailabilityZone zone) {
        int i = zone.ordinal();
        if (disk == null) {
            throw new IllegalArgumentException("crash faults need the tables on disk: start the engine with --data-dir");
        }
        if (disk.isCrashed(i)) {
            return;
        }
        disk.crash(i);
        down(zone, true);
    }

    /** Whether the zone's replica crashed and still leads its partition: it may not restart yet. */
    synchronized boolean crashedLeader(AvailabilityZone zone) {
        return disk != null && disk.isCrashed(zone.ordinal()) && leader == zone.ordinal();
    }

    /**
     * The crashed replica restarts from its files: what they hold is read back, the entries the
     * group's log lacks are undone, and it catches up as a follower (or rebuilds from the others
     * when its files cannot be trusted or its log cannot be brought to agree).
     */
    synchronized String onZoneRestarted(AvailabilityZone zone) throws java.io.IOException {
        int i = zone.ordinal();
        if (disk == null || !disk.isCrashed(i)) {
            return null;
        }
        var found = io.dynaspec.engine.cluster.storage.ReplicaStore.recover(disk.data().volume(), disk.folders[i]);
        String note = null;
        if (found.usable) {
            Loaded l = load(i, found);
            long before = replicas[i].appliedSequence();
            if (reconcile(i, l)) {
                openReconciled(i, found, before);
            } else {
                note = zoneNote(i) + ": its log disagrees with the leader's below its snapshot; rebuilding";
                found.usable = false;
            }
        } else {
            note = zoneNote(i) + ": refused its files (" + found.problem + "); rebuilding";
        }
        if (!found.usable) {
            scanOrder.clear(1 << i);
            replicas[i] = newReplica(zone);
            lastEpoch[i] = 0;
            joinedEpoch[i] = 0;
            disk.rebuild(i, logEnd());
        }
        // A replica that restarts from its files keeps the epoch it had joined, as the model's
        // CrashAZ keeps replicaEpoch: its log, cut back to what it forced and reconciled with the
        // group's, is a prefix of that epoch's log. Forgetting the epoch would let an election
        // prefer a live replica of that epoch whose log is shorter, and cut acknowledged writes
        // only the restarted replica and a failed one hold on disk.
        replicas[i].setUp(false);
        recovered(zone, true);
        return note;
    }

    /** The log past its dropped part, for model-level traces and tests. */
    public synchronized List<LogEntry> logSnapshot() {
        return List.copyOf(log);
    }
}
