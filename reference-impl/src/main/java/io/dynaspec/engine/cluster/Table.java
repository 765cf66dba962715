package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * A table: its metadata and its partition map, which takes ranges of the partition-key hash to
 * partition groups (the seed: "it stores internally in the metadata the hash output to exact
 * partition mapping"). The hash space, all unsigned 64-bit values, is cut into equal ranges, one
 * per partition, in order.
 */
public final class Table {
    /** Replaced as a whole by UpdateTable; readers see one version or the next. */
    private volatile TableMetadata metadata;
    private final PartitionGroup[] partitions;
    private final Cluster cluster;
    private final long seed;
    /** The table's global secondary indexes by name, each fed from the partitions' acknowledged entries. */
    private final java.util.concurrent.ConcurrentSkipListMap<String, GlobalIndex> globalIndexes =
            new java.util.concurrent.ConcurrentSkipListMap<>();
    /** Global indexes UpdateTable created (with a backfill), which DescribeTable reports with Backfilling. */
    private final java.util.Set<String> backfilled = java.util.concurrent.ConcurrentHashMap.newKeySet();
    /**
     * The table's tags in the order they were first set (Tagging.html): an unmodifiable map,
     * replaced under {@code this} and read without it (the catalog is written from it).
     */
    private volatile Map<String, String> tags = Map.of();
    /** The item collection size limit the table option set, or 0 for DynamoDB's. */
    private volatile long itemCollectionLimit;
    /** Records a stream shard takes before a child shard takes over (the table option), or 0 for never. */
    private volatile long streamShardRecords;
    /** Replaced as a whole by UpdateTimeToLive. */
    private volatile TimeToLive timeToLive = TimeToLive.NEVER_SET;
    /** The table's stream while one is enabled, else null. */
    private volatile TableStream stream;
    /** Whether DeleteTable refuses the table (CreateTable's or UpdateTable's DeletionProtectionEnabled). */
    private volatile boolean deletionProtection;
    /** The table class CreateTable or UpdateTable set, or null when none was. */
    private volatile TableClass tableClass;
    /** When UpdateTable last raised and lowered the provisioned throughput of the table and its global indexes. */
    private volatile ThroughputHistory throughputHistory = ThroughputHistory.NONE;

    /**
     * The throughput changes of the table and of each global index UpdateTable changed.
     *
     * @param table   the table's own
     * @param indexes each global index's, by name (absent: never changed)
     */
    public record ThroughputHistory(ThroughputChanges table, Map<String, ThroughputChanges> indexes) {
        /** Nothing changed yet. */
        public static final ThroughputHistory NONE = new ThroughputHistory(ThroughputChanges.NONE, Map.of());

        /** The changes of the global index {@code name}. */
        public ThroughputChanges index(String name) {
            return indexes.getOrDefault(name, ThroughputChanges.NONE);
        }

        /** This history with {@code changes} as the table's own ({@code index} null) or the global index's. */
        ThroughputHistory with(String index, ThroughputChanges changes) {
            if (index == null) {
                return new ThroughputHistory(changes, indexes);
            }
            Map<String, ThroughputChanges> next = new LinkedHashMap<>(indexes);
            if (changes == null) {
                next.remove(index);
            } else {
                next.put(index, changes);
            }
            return new ThroughputHistory(table, java.util.Collections.unmodifiableMap(next));
        }
    }

    /**
     * When the table's provisioned throughput was last raised and lowered, and how often it was
     * lowered on the UTC day of the last decrease (API_ProvisionedThroughputDescription.html).
     *
     * @param lastIncreaseMillis the engine's clock at the last increase, 0 for never
     * @param lastDecreaseMillis the engine's clock at the last decrease, 0 for never
     * @param decreasesThatDay   decreases on the UTC day of the last one
     */
    public record ThroughputChanges(long lastIncreaseMillis, long lastDecreaseMillis, int decreasesThatDay) {
        /** A table whose throughput UpdateTable never changed. */
        public static final ThroughputChanges NONE = new ThroughputChanges(0, 0, 0);
        private static final long DAY_MILLIS = 86_400_000L;

        /** NumberOfDecreasesToday on the engine's clock {@code nowMillis}: "during this UTC calendar day". */
        public int decreasesToday(long nowMillis) {
            return lastDecreaseMillis > 0 && lastDecreaseMillis / DAY_MILLIS == nowMillis / DAY_MILLIS ? decreasesThatDay : 0;
        }

        ThroughputChanges after(boolean increase, boolean decrease, long nowMillis) {
            return new ThroughputChanges(increase ? nowMillis : lastIncreaseMillis, decrease ? nowMillis : lastDecreaseMillis,
                    decrease ? decreasesToday(nowMillis) + 1 : decreasesThatDay);
        }
    }

    /**
     * A table class (HowItWorks.TableClasses.html) and when it was set, DescribeTable's
     * TableClassSummary (API_TableClassSummary.html).
     *
     * @param name          STANDARD or STANDARD_INFREQUENT_ACCESS
     * @param changedMillis the engine's clock when it was set
     */
    public record TableClass(String name, long changedMillis) {
    }

    Table(Cluster cluster, TableMetadata metadata, long seed) {
        this(cluster, metadata, seed, true);
    }

    /** @param withGlobalIndexes whether to build the global secondary indexes now (not when recovering: they are filled after) */
    Table(Cluster cluster, TableMetadata metadata, long seed, boolean withGlobalIndexes) {
        this.cluster = cluster;
        this.metadata = metadata;
        this.seed = seed;
        this.partitions = new PartitionGroup[metadata.partitionCount()];
        boolean composite = metadata.keySchema().hasSortKey();
        for (int i = 0; i < partitions.length; i++) {
            partitions[i] = new PartitionGroup(cluster, i, composite, seed * 31 + i, metadata);
        }
        for (TableMetadata.IndexDefinition d : withGlobalIndexes ? metadata.globalIndexes() : List.<TableMetadata.IndexDefinition>of()) {
            globalIndexes.put(d.name(), new GlobalIndex(cluster, metadata, d, List.of(partitions), seed ^ d.name().hashCode()));
        }
    }

    /**
     * Lowers the size limit of the table's item collections (a table option, so that a test can
     * reach the limit; DynamoDB's is {@link PartitionGroup#ITEM_COLLECTION_LIMIT}).
     */
    public void setItemCollectionLimit(long bytes) {
        itemCollectionLimit = bytes;
        for (PartitionGroup g : partitions) {
            g.setItemCollectionLimit(bytes);
        }
    }

    /**
     * Makes each stream shard close after {@code records} records, a child shard taking over (a
     * table option, so that a test can read across rollovers; DynamoDB documents no shard
     * lifetime). Applies to the streams enabled from now on; 0 for never.
     */
    public void setStreamShardRecords(long records) {
        streamShardRecords = records;
    }

    /** Records a stream shard takes before a child takes over, or 0 for never. */
    public long streamShardRecords() {
        return streamShardRecords;
    }

    /** Keeps the table's partitions on disk: each replica in files of its own. */
    void keepOnDisk(DataDirectory data) {
        for (PartitionGroup g : partitions) {
            g.keepOnDisk(data, name());
        }
    }

    /** Starts each partition from its replicas' files; returns what needed more than reading them. */
    List<String> recover(DataDirectory data) throws java.io.IOException {
        List<String> notes = new java.util.ArrayList<>();
        for (PartitionGroup g : partitions) {
            var found = new io.dynaspec.engine.cluster.storage.ReplicaStore.Recovered[AvailabilityZone.values().length];
            for (AvailabilityZone z : AvailabilityZone.values()) {
                found[z.ordinal()] = io.dynaspec.engine.cluster.storage.ReplicaStore.recover(data.volume(),
                        data.replicaFolder(name(), g.index(), z));
            }
            for (String note : g.recover(data, name(), found)) {
                notes.add(name() + " " + note);
            }
        }
        return notes;
    }

    /** Builds the global secondary indexes from the recovered base items: they are not kept on disk. */
    void restoreGlobalIndexes() {
        for (TableMetadata.IndexDefinition d : metadata.globalIndexes()) {
            GlobalIndex index = new GlobalIndex(cluster, metadata, d, List.of(partitions), seed ^ d.name().hashCode());
            globalIndexes.put(d.name(), index);
            index.backfill();
        }
    }

    void forEachBaseGroup(Consumer<PartitionGroup> action) {
        for (PartitionGroup g : partitions) {
            action.accept(g);
        }
    }

    public TableMetadata metadata() {
        return metadata;
    }

    /** UpdateTable's new description of the table (billing, throughput, index status). */
    public synchronized void setMetadata(TableMetadata metadata) {
        this.metadata = metadata;
        cluster.metadataChanged();
    }

    /** A copy of the table's tags, key to value. */
    public Map<String, String> tags() {
        return new LinkedHashMap<>(tags);
    }

    /**
     * Replaces the table's tags by what {@code change} makes of a copy of them, atomically with
     * respect to other changes; if {@code change} throws, the tags stay as they were. With a data
     * directory the catalog is written again.
     */
    public synchronized Map<String, String> changeTags(UnaryOperator<Map<String, String>> change) {
        setTags(change.apply(new LinkedHashMap<>(tags)));
        cluster.metadataChanged();
        return new LinkedHashMap<>(tags);
    }

    /** The tags a new or recovered table starts with, before the catalog names it. */
    void setTags(Map<String, String> next) {
        tags = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(next));
    }

    /** What the catalog keeps of the table besides its metadata. */
    TableSettings settings() {
        TableStream s = stream;
        return new TableSettings(tags, timeToLive, itemCollectionLimit, java.util.Set.copyOf(backfilled),
                s == null ? null : new TableSettings.StreamSetting(s.viewType(), s.created()), streamShardRecords,
                deletionProtection, tableClass, throughputHistory);
    }

    /**
     * A recovered table takes back what the catalog kept, before its partitions read their files:
     * its stream, if any, then sees the recovered log acknowledged again and adds the records its
     * own files lack.
     */
    void restore(TableSettings s) throws java.io.IOException {
        setTags(s.tags());
        timeToLive = s.timeToLive();
        if (s.itemCollectionLimit() > 0) {
            setItemCollectionLimit(s.itemCollectionLimit());
        }
        backfilled.addAll(s.backfilled());
        streamShardRecords = s.streamShardRecords();
        deletionProtection = s.deletionProtection();
        tableClass = s.tableClass();
        throughputHistory = s.throughputHistory();
        if (s.stream() != null) {
            stream = TableStream.open(cluster, this, List.of(partitions), s.stream().viewType(), s.stream().created(), true,
                    streamShardRecords);
        }
        DataDirectory data = cluster.data();
        String current = s.stream() == null ? null : "stream-" + s.stream().created();
        for (String folder : data.volume().folders(data.tableFolder(name()))) {
            if (folder.startsWith("stream-") && !folder.equals(current)) {
                // A stream disabled before the restart: the catalog no longer names it.
                data.volume().deleteFolder(data.tableFolder(name()) + "/" + folder);
            }
        }
    }

    /**
     * Whether deletion protection is on: DeleteTable then refuses the table
     * (WorkingWithTables.Basics.html, "Using deletion protection"). Off unless asked for.
     */
    public boolean deletionProtectionEnabled() {
        return deletionProtection;
    }

    /** Turns deletion protection on or off; with a data directory the catalog is written again. */
    public synchronized void setDeletionProtection(boolean enabled) {
        if (deletionProtection != enabled) {
            deletionProtection = enabled;
            cluster.metadataChanged();
        }
    }

    /** When UpdateTable last raised and lowered the provisioned throughput of the table and its global indexes. */
    public ThroughputHistory throughputHistory() {
        return throughputHistory;
    }

    /** NumberOfDecreasesToday of {@code changes}, today on the engine's clock. */
    public int decreasesToday(ThroughputChanges changes) {
        return changes.decreasesToday(cluster.clock().millis());
    }

    /**
     * UpdateTable set the provisioned throughput of the table ({@code index} null) or of one global
     * index from {@code readBefore}/{@code writeBefore} to {@code read}/{@code write}: a raise of
     * either member is an increase, a cut of either a decrease (both, when one rises and the other
     * falls).
     */
    public synchronized void throughputChanged(String index, long readBefore, long writeBefore, long read, long write) {
        boolean increase = read > readBefore || write > writeBefore;
        boolean decrease = read < readBefore || write < writeBefore;
        if (increase || decrease) {
            ThroughputHistory h = throughputHistory;
            ThroughputChanges c = index == null ? h.table() : h.index(index);
            throughputHistory = h.with(index, c.after(increase, decrease, cluster.clock().millis()));
            cluster.metadataChanged();
        }
    }

    /** The table class CreateTable or UpdateTable set, or null when none was. */
    public TableClass tableClass() {
        return tableClass;
    }

    /** Sets the table class, now on the engine's clock; with a data directory the catalog is written again. */
    public synchronized void setTableClass(String name) {
        if (tableClass == null || !tableClass.name().equals(name)) {
            tableClass = new TableClass(name, cluster.clock().millis());
            cluster.metadataChanged();
        }
    }

    /** The table's Time to Live setting. */
    public TimeToLive timeToLive() {
        return timeToLive;
    }

    /**
     * Replaces the Time to Live setting by what {@code change} makes of it, atomically with
     * respect to other changes; if {@code change} throws, the setting stays as it was.
     */
    public synchronized TimeToLive changeTimeToLive(UnaryOperator<TimeToLive> change) {
        timeToLive = change.apply(timeToLive);
        cluster.metadataChanged();
        return timeToLive;
    }

    /** The table's stream, or null when none is enabled. */
    public TableStream stream() {
        return stream;
    }

    /**
     * Enables a stream on the table (CreateTable's StreamSpecification): from now on every
     * acknowledged write that changes an item is a record of its partition's shard.
     */
    public synchronized TableStream enableStream(StreamViewType viewType) {
        closeStream();
        stream = TableStream.open(cluster, this, List.of(partitions), viewType);
        cluster.metadataChanged();
        return stream;
    }

    /**
     * Disables the table's stream (UpdateTable's StreamSpecification): its shards take no more
     * records, and it stays readable, DISABLED, for 24 hours ({@link Cluster#retiredStreams}).
     */
    public synchronized void closeStream() {
        TableStream s = stream;
        if (s != null) {
            stream = null;
            cluster.metadataChanged();
            cluster.retire(this, s);
            DataDirectory data = cluster.data();
            if (data != null) {
                try {
                    data.volume().deleteFolder(data.tableFolder(name()) + "/stream-" + s.created());
                } catch (java.io.IOException e) {
                    data.failed(e);
                }
            }
        }
    }

    /** The table was deleted: its stream, if any, is disabled and stays readable for 24 hours. */
    synchronized void retireStream() {
        TableStream s = stream;
        if (s != null) {
            stream = null;
            cluster.retire(this, s);
        }
    }

    /** A table that was never created (its name was taken meanwhile): its stream stops at once. */
    synchronized void discardStream() {
        if (stream != null) {
            stream.close(cluster.clock().millis());
            stream = null;
        }
    }

    /** The global secondary index of that name, or null. */
    public GlobalIndex globalIndex(String name) {
        return globalIndexes.get(name);
    }

    /**
     * Whether the global index was created by UpdateTable and filled from the table's items
     * (API_GlobalSecondaryIndexDescription.html: "For indexes that were created during a
     * CreateTable operation, the Backfilling attribute does not appear in the DescribeTable output").
     */
    public boolean wasBackfilled(String indexName) {
        return backfilled.contains(indexName);
    }

    public List<GlobalIndex> globalIndexes() {
        return List.copyOf(globalIndexes.values());
    }

    /**
     * Creates a global secondary index on the table as it stands (UpdateTable, "Create"): new
     * partition groups, fed from now on, CREATING until the backfill that now starts on the
     * cluster's background executor has filled them from the base items — held first, when
     * {@code hold} is set or {@link Faults#holdIndexBeforeCreation} named it, so that the index
     * can be seen while it is being built.
     */
    public GlobalIndex createGlobalIndex(TableMetadata.IndexDefinition definition, boolean hold) {
        GlobalIndex index = new GlobalIndex(cluster, metadata, definition, List.of(partitions), seed ^ definition.name().hashCode());
        for (AvailabilityZone z : cluster.faults().failedZones()) {
            index.forEachGroup(g -> g.onZoneFailed(z));
        }
        if (hold | cluster.faults().takeIndexHold(name(), definition.name())) {
            index.hold();
        }
        backfilled.add(definition.name());
        index.startBackfill();
        globalIndexes.put(definition.name(), index);
        return index;
    }

    /** Deletes a global secondary index (UpdateTable, "Delete"): it is fed nothing more. */
    public void deleteGlobalIndex(String name) {
        GlobalIndex index = globalIndexes.remove(name);
        backfilled.remove(name);
        synchronized (this) {
            if (throughputHistory.indexes().containsKey(name)) {
                throughputHistory = throughputHistory.with(name, null);
            }
        }
        if (index != null) {
            index.detach();
        }
    }

    public String name() {
        return metadata.name();
    }

    public KeySchema keySchema() {
        return metadata.keySchema();
    }

    /** The partition whose hash range holds the key's partition-key hash. */
    public PartitionGroup partitionFor(PrimaryKey key) {
        return partitions[partitionIndex(Partitioner.hash(key.partitionBytes()))];
    }

    /** Index of the range holding an unsigned hash: ranges are equal slices of 2^64. */
    public int partitionIndex(long hash) {
        return sliceIndex(hash, partitions.length);
    }

    /** The first hash of each partition's range, as unsigned values, for introspection. */
    public long rangeStart(int partition) {
        return sliceStart(partition, partitions.length);
    }

    /**
     * The first hash of slice {@code slice} when the unsigned hash space is cut into {@code slices}
     * equal slices, as the partition map cuts it and as parallel-scan segments are cut: the
     * smallest h with floor(h * slices / 2^64) >= slice, i.e. ceil(slice * 2^64 / slices). Slice
     * {@code slices} starts at 2^64, returned as 0.
     */
    public static long sliceStart(long slice, long slices) {
        if (slice == 0) {
            return 0;
        }
        BigInteger[] qr = BigInteger.ONE.shiftLeft(64).multiply(BigInteger.valueOf(slice))
                .divideAndRemainder(BigInteger.valueOf(slices));
        return (qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE)).longValue();
    }

    /** Index of the slice holding an unsigned hash, of {@code slices} equal slices. */
    public static int sliceIndex(long hash, long slices) {
        // floor(hash * n / 2^64) with hash unsigned: the high word of the unsigned product.
        return (int) (Math.multiplyHigh(hash, slices) + (hash < 0 ? slices : 0));
    }

    public List<PartitionGroup> partitions() {
        return List.of(partitions);
    }

    void forEachGroup(Consumer<PartitionGroup> action) {
        for (PartitionGroup g : partitions) {
            action.accept(g);
        }
        for (GlobalIndex index : globalIndexes.values()) {
            index.forEachGroup(action);
        }
    }

    /** Propagates acknowledged writes to the global secondary indexes that are not held. */
    public void propagate() {
        for (GlobalIndex index : globalIndexes.values()) {
            index.propagate();
        }
    }

    /**
     * A write of one item, judged and applied atomically at its partition's leader; how it ended
     * goes to the cluster's {@link WriteFeed}.
     */
    public WriteOutcome write(PrimaryKey key, Precondition precondition, Mutation mutation) {
        PartitionGroup group = partitionFor(key);
        try {
            WriteOutcome outcome;
            try {
                outcome = group.write(key, precondition, mutation);
            } catch (DynamoException e) {
                cluster.writeFeed().failed(name(), group.index(), key, e);
                throw e;
            }
            cluster.writeFeed().acknowledged(name(), group.index(), key, outcome);
            return outcome;
        } finally {
            if (!globalIndexes.isEmpty()) {
                propagate();
            }
        }
    }

    /** A read of one item, from the leader when consistent, else from a live replica. */
    public Item read(PrimaryKey key, boolean consistent) {
        PartitionGroup group = partitionFor(key);
        return consistent ? group.readCommitted(key) : group.readReplica(false).get(key);
    }
}
