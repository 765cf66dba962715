package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Bytes;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeyOrder;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;

/**
 * A global secondary index (GSI.html): its own partitioned, replicated structure, keyed by the
 * index's partition key — partition groups of three replicas like a table's, with their own
 * leaders, logs and quorums — fed asynchronously by a propagator from the base table's
 * partition groups. The propagator is told of each base entry only once it is acknowledged, and
 * applies the entries of each base partition in log order, so the index never shows an
 * unacknowledged write, and the updates of one base item reach it in the order they were made
 * ("DynamoDB propagates ... in an eventually consistent fashion").
 *
 * <p>Index keys need not be unique: an entry is stored under the index partition key and a
 * key of its own, the table key's bytes, and each replica orders the entries of an index
 * partition key by index sort key, then by that key, as it orders a local secondary index.
 *
 * <p>Propagation runs when a write to the base table returns, when it is released, and when the
 * scheduler or the faults let a base partition acknowledge more; while it is held, acknowledged
 * entries wait, in order, and a read of the index misses them.
 *
 * <p>An index that UpdateTable adds to a table with items is CREATING until its backfill has
 * read every base partition (GSI.OnlineOps.html: "DynamoDB ... backfills the index with data
 * from the table"; the index becomes ACTIVE after). The backfill runs on the cluster's background
 * executor, one base partition at a time: under the partition's lock it reads the acknowledged
 * items and empties that partition's queue of waiting entries, which the items already reflect,
 * so that every entry acknowledged before the read is in the index through the items and every
 * entry after it through propagation, each exactly once. Nothing is propagated until the backfill
 * is done, so no entry overtakes the items it follows. A hold stops the backfill between
 * partitions and keeps the index CREATING.
 */
public final class GlobalIndex {
    private final String tableName;
    private final TableMetadata.IndexDefinition definition;
    private final KeySchema tableKey;
    private final PartitionGroup[] partitions;
    /** How an index replica keeps its entries: the index key, everything the entry holds. */
    private final TableMetadata.IndexDefinition storage;
    /**
     * Acknowledged base entries not yet applied to the index, per base partition, oldest first.
     * A base partition adds to its queue under its own lock, so the queues take no lock of the
     * index's: a propagation waiting for an index quorum never stops a base write.
     */
    private final ConcurrentLinkedQueue<LogEntry>[] pending;
    /** One propagation at a time; others leave the work to it. */
    private final ReentrantLock propagating = new ReentrantLock();
    private final Consumer<LogEntry>[] feeds;
    private final List<PartitionGroup> base;
    private volatile boolean held;
    /** Whether the index is ACTIVE: readable, and fed by propagation. */
    private volatile boolean active;
    /** Whether its backfill has begun (DescribeTable's Backfilling, while not yet ACTIVE). */
    private volatile boolean backfilling;
    /** Whether the index was deleted: an unfinished backfill stops. */
    private volatile boolean detached;
    /** Guards the backfill's progress; the backfill runs on one thread at a time. */
    private final Object backfill = new Object();
    /** The base partition the backfill reads next; guarded by {@code backfill}. */
    private int backfillPartition;
    /** Items read from the current base partition not yet in the index; guarded by {@code backfill}. */
    private java.util.ArrayDeque<Item> backfillItems;
    /** Whether a run of the backfill waits on the background executor. */
    private final java.util.concurrent.atomic.AtomicBoolean backfillScheduled = new java.util.concurrent.atomic.AtomicBoolean();
    /** Whose background executor runs the backfill, off the request thread. */
    private final Cluster cluster;

    @SuppressWarnings("unchecked")
    GlobalIndex(Cluster cluster, TableMetadata table, TableMetadata.IndexDefinition definition, List<PartitionGroup> base, long seed) {
        this.cluster = cluster;
        this.active = true;
        this.tableName = table.name();
        this.definition = definition;
        this.tableKey = table.keySchema();
        this.base = base;
        this.storage = new TableMetadata.IndexDefinition(definition.name(), definition.keySchema(), "ALL", List.of(), 0, 0);
        TableMetadata shape = TableMetadata.of(table.name() + "/" + definition.name(),
                new KeySchema(definition.keySchema().partitionName(), definition.keySchema().partitionType(), null, null),
                table.partitionCount());
        KeySchema entryKey = new KeySchema(definition.keySchema().partitionName(), definition.keySchema().partitionType(),
                ENTRY_KEY, io.dynaspec.engine.value.AttributeType.B);
        TableMetadata groups = new TableMetadata(shape.name(), entryKey, shape.attributeDefinitions(), "PAY_PER_REQUEST", 0, 0,
                List.of(storage), List.of(), shape.created(), shape.partitionCount());
        this.partitions = new PartitionGroup[table.partitionCount()];
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new PartitionGroup(cluster, i, true, seed * 31 + i, groups);
        }
        this.pending = new ConcurrentLinkedQueue[base.size()];
        this.feeds = new Consumer[base.size()];
        for (int i = 0; i < base.size(); i++) {
            ConcurrentLinkedQueue<LogEntry> queue = new ConcurrentLinkedQueue<>();
            pending[i] = queue;
            feeds[i] = queue::add;
            if (cluster.indexFeed() == IndexFeed.COMMITTED) {
                base.get(i).feedAcknowledged(feeds[i]);
            } else {
                base.get(i).feedAppended(feeds[i]);
            }
        }
    }

    /** The index sort key every entry of an index without one is stored under. */
    public static final AttributeValue NO_SORT_KEY = LocalIndexes.NO_SORT_KEY;

    /** The name of an entry's own key in the index's partitions: it never reaches a reader. */
    private static final String ENTRY_KEY = "dynaspec:tableKey";

    public TableMetadata.IndexDefinition definition() {
        return definition;
    }

    public String name() {
        return definition.name();
    }

    public String tableName() {
        return tableName;
    }

    public List<PartitionGroup> partitions() {
        return List.of(partitions);
    }

    /** The index partition that holds an index partition key's entries. */
    public PartitionGroup partitionFor(AttributeValue indexPartitionKey) {
        return partitions[Table.sliceIndex(Partitioner.hash(
                KeyOrder.canonicalBytes(indexPartitionKey)), partitions.length)];
    }

    /** The index partition holding a hash, as the table's partition map cuts the hash space. */
    public int partitionIndex(long hash) {
        return Table.sliceIndex(hash, partitions.length);
    }

    /** The key an entry is stored under among entries of the same index keys: the table key's bytes. */
    public static AttributeValue entryKey(PrimaryKey tableKey) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] pk = KeyOrder.canonicalBytes(tableKey.partition());
        out.write(pk.length >>> 8);
        out.write(pk.length);
        out.writeBytes(pk);
        if (tableKey.sort() != null) {
            out.writeBytes(KeyOrder.canonicalBytes(tableKey.sort()));
        }
        return new AttributeValue.B(Bytes.copyOf(out.toByteArray()));
    }

    /** Stops propagation: acknowledged base writes wait, and reads of the index miss them. */
    public void hold() {
        held = true;
    }

    /** Resumes propagation, or the backfill of an index still CREATING, and applies everything that waited. */
    public void release() {
        held = false;
        propagate();
    }

    /** Whether the index is ACTIVE (API_GlobalSecondaryIndexDescription.html, IndexStatus); else CREATING. */
    public boolean isActive() {
        return active;
    }

    /** Whether the index, CREATING, is being filled from the base items (Backfilling). */
    public boolean isBackfilling() {
        return backfilling && !active;
    }

    public boolean isHeld() {
        return held;
    }

    /** How many acknowledged base writes wait for propagation. */
    public int backlog() {
        int n = 0;
        for (ConcurrentLinkedQueue<LogEntry> q : pending) {
            n += q.size();
        }
        return n;
    }

    /**
     * Applies waiting entries to the index, each base partition's in log order, unless held. An
     * index partition without a quorum stops its base partition's entries where they are, to be
     * applied by a later propagation. When another thread is propagating, it takes the work on.
     */
    public void propagate() {
        if (!active) {
            if (!held && !detached) {
                scheduleBackfill();
            }
            return;
        }
        while (!held && backlog() > 0 && propagating.tryLock()) {
            boolean stuck = false;
            try {
                for (ConcurrentLinkedQueue<LogEntry> queue : pending) {
                    LogEntry e;
                    while (!held && (e = queue.peek()) != null) {
                        try {
                            boolean in = apply(e.key(), e.previous(), e.item());
                            cluster.trace().onIndexApply(this, e.key(), e, in);
                        } catch (DynamoException noQuorum) {
                            stuck = true;
                            break;
                        }
                        queue.poll();
                    }
                }
            } finally {
                propagating.unlock();
            }
            if (stuck) {
                return;
            }
        }
    }

    /**
     * The base item under {@code key} went from {@code before} to {@code after}: the index
     * follows. Returns whether the index now holds an entry for the item.
     */
    private boolean apply(PrimaryKey key, Item before, Item after) {
        Item oldEntry = definition.entryOf(tableKey, before);
        Item newEntry = definition.entryOf(tableKey, after);
        AttributeValue own = entryKey(key);
        if (oldEntry != null && (newEntry == null
                || !oldEntry.get(definition.keySchema().partitionName()).equals(newEntry.get(definition.keySchema().partitionName())))) {
            AttributeValue pk = oldEntry.get(definition.keySchema().partitionName());
            partitionFor(pk).write(new PrimaryKey(pk, own), Precondition.NONE, Mutation.DELETE);
        }
        if (newEntry != null) {
            AttributeValue pk = newEntry.get(definition.keySchema().partitionName());
            partitionFor(pk).write(new PrimaryKey(pk, own), Precondition.NONE, Mutation.put(newEntry));
        }
        return newEntry != null;
    }

    /**
     * Fills the index from the base table's items within the call and makes it ACTIVE: a
     * recovered table's index, rebuilt before the engine serves.
     */
    void backfill() {
        active = false;
        backfilling = true;
        while (backfillStep()) {
            // one base partition per step
        }
        finishBackfill();
    }

    /**
     * Starts the backfill of an index UpdateTable created (CREATING, not yet propagated to) on the
     * cluster's background executor. The engine allocates nothing first: from here on the index is
     * in the backfilling phase (DescribeTable's Backfilling true), held or not.
     */
    void startBackfill() {
        active = false;
        backfilling = true;
        cluster.trace().onBackfillStart(this);
        scheduleBackfill();
    }

    /** Puts the backfill on the background executor, unless it waits there already. */
    private void scheduleBackfill() {
        if (backfillScheduled.compareAndSet(false, true)) {
            cluster.background().execute(() -> {
                backfillScheduled.set(false);
                continueBackfill();
            });
        }
    }

    /**
     * Runs the backfill until it is done, held, or stopped by a base or index partition without a
     * quorum (it resumes when the faults let propagation run again).
     */
    void continueBackfill() {
        synchronized (backfill) {
            if (active || detached) {
                return;
            }
            try {
                while (!held && !detached && backfillStep()) {
                    // one base partition per step
                }
            } catch (DynamoException noQuorum) {
                return;
            }
            if (!held && !detached && backfillPartition == base.size()) {
                finishBackfill();
            }
        }
        if (active) {
            propagate();
        }
    }

    /**
     * One step of the backfill: reads the next base partition's acknowledged items, emptying its
     * queue of waiting entries in the same step (both under the partition's lock, where the queue
     * is fed), and puts their entries in the index. Returns whether a partition remains; throws
     * when a partition has no quorum, leaving the step to be taken again.
     */
    boolean backfillStep() {
        synchronized (backfill) {
            if (backfillPartition == base.size()) {
                return false;
            }
            if (backfillItems == null) {
                int i = backfillPartition;
                long[] committed = new long[1];
                backfillItems = base.get(i).readItems(true, view -> {
                    java.util.ArrayDeque<Item> all = new java.util.ArrayDeque<>();
                    view.partitionKeysFrom(null, true).forEachRemaining(k -> all.addAll(view.collection(k.value()).values()));
                    pending[i].clear();
                    committed[0] = base.get(i).committedSequence();
                    return all;
                });
                cluster.trace().onBackfillRead(this, base.get(i), committed[0], List.copyOf(backfillItems));
            }
            Item item;
            while ((item = backfillItems.peek()) != null) {
                PrimaryKey key = tableKey.keyOfItem(item);
                boolean in = apply(key, null, item);
                cluster.trace().onIndexApply(this, key, null, in);
                backfillItems.poll();
            }
            backfillItems = null;
            backfillPartition++;
            return backfillPartition < base.size();
        }
    }

    private void finishBackfill() {
        backfilling = false;
        active = true;
        cluster.trace().onIndexActive(this);
    }

    /** Detaches the index from the base partitions: it receives nothing more. */
    void detach() {
        detached = true;
        for (int i = 0; i < base.size(); i++) {
            base.get(i).stopFeeding(feeds[i]);
        }
    }

    void forEachGroup(Consumer<PartitionGroup> action) {
        for (PartitionGroup g : partitions) {
            action.accept(g);
        }
    }
}
