package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.Errors;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

/**
 * The tables of one engine and the machinery they share: the acknowledgement rule, the
 * {@link Scheduler} of replication deliveries, the {@link Faults} of availability zones, and the
 * recorder of model-level steps.
 */
public final class Cluster {
    /** Partitions per table unless CreateTable asks otherwise. */
    public static final int DEFAULT_PARTITIONS = 4;

    private final ConcurrentSkipListMap<String, Table> tables = new ConcurrentSkipListMap<>();
    private final Scheduler scheduler = new Scheduler(this);
    private final Faults faults = new Faults(this);
    /** The latest single-item writes and how each ended, for the console. */
    private final WriteFeed writeFeed = new WriteFeed(WRITE_FEED_CAPACITY);
    /** How many of the latest writes the {@link WriteFeed} keeps. */
    public static final int WRITE_FEED_CAPACITY = 256;
    private final Clock clock;
    private final TransactionCoordinator transactions = new TransactionCoordinator();
    private final ClientTokens clientTokens;
    private final TimeToLiveSweeper timeToLiveSweeper = new TimeToLiveSweeper(this);
    /** How many applied-everywhere log entries accumulate before a group drops them. */
    public static final int DEFAULT_COMPACTION_CHUNK = 4096;

    private final long seed;
    private final int compactionChunk;
    /**
     * Where work that a request starts but does not wait for runs (a new global index's
     * backfill): one daemon thread that ends when idle, unless a test puts an executor of its
     * own, which runs such work when and where the test chooses.
     */
    private volatile java.util.concurrent.Executor background = new java.util.concurrent.ThreadPoolExecutor(
            0, 1, 1, java.util.concurrent.TimeUnit.SECONDS, new java.util.concurrent.LinkedBlockingQueue<>(), r -> {
                Thread t = new Thread(r, "dynaspec-background");
                t.setDaemon(true);
                return t;
            });
    private volatile AckRule ackRule;
    /** What global secondary indexes created from now on read of their base logs. */
    private volatile IndexFeed indexFeed = IndexFeed.COMMITTED;
    private volatile AckCounts ackCounts = AckCounts.DURABLE_COPIES;
    private volatile PreparedItemWrites preparedItemWrites = PreparedItemWrites.REFUSED;
    private volatile StreamFeed streamFeed = StreamFeed.COMMITTED;
    private volatile TraceRecorder trace = TraceRecorder.OFF;
    /** Where the tables are kept on disk, or null: in memory only. */
    private DataDirectory data;
    /** What the last start from the data directory found and how long it took. */
    private Recovery recovery;
    /** The transaction coordinator's durable ledger of commit decisions, with the data directory. */
    private DecisionLog decisions;
    /** The table CreateTable is preparing, while it is: its changes wait for the one catalog write. */
    private Table creating;
    /** Disabled streams within their 24 hours, oldest first; guarded by itself. */
    private final List<RetiredStream> retired = new ArrayList<>();

    /**
     * @param ackRule when writes are acknowledged; {@link AckRule#QUORUM} unless demonstrating loss
     * @param seed    seeds each partition's choice of replica for eventually consistent reads
     */
    public Cluster(AckRule ackRule, long seed) {
        this(ackRule, seed, DEFAULT_COMPACTION_CHUNK);
    }

    /**
     * @param compactionChunk how many acknowledged entries every live replica applied accumulate
     *                        before a group drops them from its log (a replica that fell behind
     *                        the dropped part catches up from a copy); small values make the copy
     *                        path reachable in short runs
     */
    public Cluster(AckRule ackRule, long seed, int compactionChunk) {
        this(ackRule, seed, compactionChunk, Clock.system());
    }

    /** @param clock the time every window of the engine is measured on */
    public Cluster(AckRule ackRule, long seed, int compactionChunk, Clock clock) {
        this.clock = Objects.requireNonNull(clock);
        this.clientTokens = new ClientTokens(clock);
        if (compactionChunk < 1) {
            throw new IllegalArgumentException("compactionChunk must be at least 1, not " + compactionChunk);
        }
        this.ackRule = Objects.requireNonNull(ackRule);
        this.seed = seed;
        this.compactionChunk = compactionChunk;
    }

    /**
     * Keeps the cluster's tables in the data directory from now on, after starting them from what
     * it holds: the catalog's tables, each replica from its own files. Call once, before use.
     */
    public Recovery openData(DataDirectory data) throws java.io.IOException {
        if (this.data != null) {
            throw new IllegalStateException("the cluster already keeps its tables in " + this.data);
        }
        long t0 = System.nanoTime();
        this.data = data;
        data.onFailure(() -> forEachGroup(PartitionGroup::wake));
        List<String> notes = new ArrayList<>();
        long items = 0;
        for (DataDirectory.Stored stored : data.loadCatalog()) {
            TableMetadata m = stored.metadata();
            Table table = new Table(this, m, seed ^ m.name().hashCode(), false);
            table.restore(stored.settings());
            notes.addAll(table.recover(data));
            table.forEachBaseGroup(PartitionGroup::settle);
            tables.put(m.name(), table);
            table.restoreGlobalIndexes();
            for (PartitionGroup g : table.partitions()) {
                items += g.status().replicas().stream().mapToLong(GroupStatus.ReplicaStatus::items).max().orElse(0);
            }
        }
        synchronized (retired) {
            retired.addAll(data.loadRetired(this));
        }
        java.util.Map<Long, List<DecisionLog.Write>> decided = new java.util.HashMap<>();
        decisions = DecisionLog.open(data, decided, clientTokens);
        transactions.recovered(this, decisions, decided);
        propagate();
        recovery = new Recovery(tables.size(), items, (System.nanoTime() - t0) / 1_000_000, List.copyOf(notes));
        return recovery;
    }

    /**
     * What starting from the data directory found.
     *
     * @param tables  tables in the catalog
     * @param items   items in their partitions (the leaders' counts)
     * @param millis  how long reading and reconciling the files took
     * @param notes   one line for each replica that needed more than reading its files
     */
    public record Recovery(int tables, long items, long millis, List<String> notes) {
    }

    /** Where the tables are kept, or null in memory. */
    public DataDirectory data() {
        return data;
    }

    /** What the start from the data directory found, or null in memory. */
    public Recovery recovery() {
        return recovery;
    }

    /**
     * The engine's process is gone, as after a power cut under test (its volume turned off): the
     * storage counts as failed, so that writes waiting for their quorum end with an error, as
     * their clients' connections would, and nothing more is acknowledged. The engine started
     * again from the files is another cluster.
     */
    public void stopAfterPowerCut() {
        if (data != null) {
            data.powerCut(new java.io.IOException("the power was cut"));
        }
    }

    /** Forces what waits and closes the data directory's files. */
    public void closeData() {
        if (data != null) {
            forEachGroup(PartitionGroup::closeDisk);
            decisions.close();
            data.close();
        }
    }

    int compactionChunk() {
        return compactionChunk;
    }

    public Cluster() {
        this(AckRule.QUORUM, 0);
    }

    public AckRule ackRule() {
        return ackRule;
    }

    /** What global secondary indexes created from now on read of their base partitions' logs. */
    public IndexFeed indexFeed() {
        return indexFeed;
    }

    /** Sets what global secondary indexes created from now on read; {@link IndexFeed#COMMITTED} unless demonstrating the broken rule. */
    public void setIndexFeed(IndexFeed feed) {
        this.indexFeed = Objects.requireNonNull(feed);
    }

    /** Where work that a request does not wait for runs. */
    public java.util.concurrent.Executor background() {
        return background;
    }

    /** Runs work that a request does not wait for on {@code executor} from now on (a test's, step by step). */
    public void setBackground(java.util.concurrent.Executor executor) {
        this.background = Objects.requireNonNull(executor);
    }

    /** Which copies count towards a write's quorum when the tables are on disk. */
    public AckCounts ackCounts() {
        return ackCounts;
    }

    /**
     * Sets which copies count towards a write's quorum: {@link AckCounts#DURABLE_COPIES} unless
     * replaying the broken variant of spec/Durability.tla (the replay and tests do; no option of
     * {@code serve} reaches this). Set before the first write.
     */
    public void setAckCounts(AckCounts ackCounts) {
        this.ackCounts = Objects.requireNonNull(ackCounts);
    }

    /** What a single-item write on an item a transaction holds prepared gets. */
    public PreparedItemWrites preparedItemWrites() {
        return preparedItemWrites;
    }

    /**
     * Sets what a single-item write on a prepared item gets: {@link PreparedItemWrites#REFUSED}
     * unless showing that the model-based tests catch the broken variant of spec/Transactions.tla
     * (they do; no option of {@code serve} reaches this).
     */
    public void setPreparedItemWrites(PreparedItemWrites preparedItemWrites) {
        this.preparedItemWrites = Objects.requireNonNull(preparedItemWrites);
    }

    /** When a table's stream takes the record of a write. */
    public StreamFeed streamFeed() {
        return streamFeed;
    }

    /**
     * Sets when streams take records: {@link StreamFeed#COMMITTED} unless replaying the broken
     * variant of spec/Streams.tla (the replay and tests do; no option of {@code serve} reaches
     * this). Applies to streams enabled after the call.
     */
    public void setStreamFeed(StreamFeed streamFeed) {
        this.streamFeed = Objects.requireNonNull(streamFeed);
    }

    public Scheduler scheduler() {
        return scheduler;
    }

    public Faults faults() {
        return faults;
    }

    /** The latest single-item writes and how each ended. */
    public WriteFeed writeFeed() {
        return writeFeed;
    }

    /** The engine's time. */
    public Clock clock() {
        return clock;
    }

    /**
     * Moves the engine's clock forward, then deletes the items that have expired by the new time
     * (TimeToLiveSweeper): a test sees expiry happen at the moment it chooses.
     */
    public void advanceClock(long millis) {
        clock.advance(millis);
        timeToLiveSweeper.sweep();
    }

    TimeToLiveSweeper timeToLiveSweeper() {
        return timeToLiveSweeper;
    }

    /** Deletes every expired item of the tables with Time to Live enabled; returns how many. */
    public int sweepExpiredItems() {
        return timeToLiveSweeper.sweep();
    }

    /**
     * Whether a request may now have to wait for something other than its own work: a write for
     * a quorum while deliveries to a zone are held, a transaction between its phases while
     * transactions are held. False in normal use, where every call returns without waiting; a
     * server keeps requests on its event loops unless this is true. Two volatile reads.
     */
    public boolean requestsMayWait() {
        return scheduler.anyHeld() || transactions.holdingBetweenPhases();
    }

    /** The coordinator of TransactWriteItems and TransactGetItems. */
    public TransactionCoordinator transactions() {
        return transactions;
    }

    /** The transactions' ClientRequestToken idempotency window. */
    public ClientTokens clientTokens() {
        return clientTokens;
    }

    public TraceRecorder trace() {
        return trace;
    }

    public void setTrace(TraceRecorder trace) {
        this.trace = Objects.requireNonNull(trace);
    }

    /** Creates a table; ResourceInUseException when the name is taken. */
    public Table createTable(TableMetadata metadata) {
        return createTable(metadata, java.util.Map.of());
    }

    /** Creates a table with these tags; ResourceInUseException when the name is taken. */
    public Table createTable(TableMetadata metadata, java.util.Map<String, String> tags) {
        return createTable(metadata, tags, table -> { });
    }

    /**
     * Creates a table with these tags, {@code prepare} setting it up (its options, its stream)
     * before any other request sees it; with a data directory the catalog is written once, with
     * the table as prepared. ResourceInUseException when the name is taken.
     */
    public Table createTable(TableMetadata metadata, java.util.Map<String, String> tags, Consumer<Table> prepare) {
        Table table = new Table(this, metadata, seed ^ metadata.name().hashCode());
        table.setTags(tags);
        if (data != null) {
            synchronized (this) {
                if (tables.containsKey(metadata.name())) {
                    throw Errors.tableExists(metadata.name());
                }
                data.assign(metadata.name());
                table.keepOnDisk(data);
                creating = table;
                try {
                    prepare.accept(table);
                } finally {
                    creating = null;
                }
                tables.put(metadata.name(), table);
                data.saveCatalog(tables());
            }
        } else if (tables.containsKey(metadata.name())) {
            throw Errors.tableExists(metadata.name());
        } else {
            prepare.accept(table);
            if (tables.putIfAbsent(metadata.name(), table) != null) {
                table.discardStream();
                throw Errors.tableExists(metadata.name());
            }
        }
        for (AvailabilityZone z : faults.failedZones()) {
            table.forEachGroup(g -> g.onZoneFailed(z));
        }
        for (AvailabilityZone z : faults.crashedZones()) {
            table.forEachBaseGroup(g -> g.onZoneCrashed(z));
        }
        return table;
    }

    /**
     * A table's metadata changed (UpdateTable: billing, throughput, global indexes): with a data
     * directory, the catalog on disk is written again, so that a start finds the table as it was
     * last described, its new global indexes rebuilt from the base items.
     */
    synchronized void metadataChanged() {
        if (data != null && creating == null) {
            data.saveCatalog(tables());
        }
    }

    /** The table, or null. */
    public Table table(String name) {
        return tables.get(name);
    }

    /**
     * Removes the table; ResourceNotFoundException when there is none, ValidationException while
     * its deletion protection is on.
     */
    public Table deleteTable(String name) {
        Table t = tables.get(name);
        if (t == null) {
            throw Errors.tableNotFound(name);
        }
        // The table's lock, then the cluster's (the order a table's changes take them): deletion
        // protection is judged and the table removed with no UpdateTable between the two.
        synchronized (t) {
            if (t.deletionProtectionEnabled()) {
                throw Errors.deletionProtected();
            }
            synchronized (this) {
                if (!tables.remove(name, t)) {
                    throw Errors.tableNotFound(name);
                }
                if (data != null) {
                    data.saveCatalog(tables());
                    t.forEachGroup(PartitionGroup::closeDisk);
                    try {
                        data.forget(name);
                    } catch (java.io.IOException e) {
                        data.failed(e);
                    }
                }
            }
        }
        t.retireStream();
        return t;
    }

    /**
     * A disabled stream, its table's or its own: it stays readable for 24 hours on the engine's
     * clock, then is gone (API_DeleteTable.html). With a data directory its records are written to
     * a folder of their own, so that a restart within the 24 hours still finds it.
     */
    void retire(Table table, TableStream stream) {
        stream.close(clock.millis());
        String folder = null;
        if (data != null) {
            try {
                folder = data.saveRetired(table.name(), table.keySchema(), stream);
            } catch (java.io.IOException e) {
                data.failed(e);
            }
        }
        synchronized (retired) {
            retired.add(new RetiredStream(table.name(), table.keySchema(), stream, folder));
        }
    }

    /**
     * A stream that is no longer its table's (disabled, or its table deleted) and still readable.
     *
     * @param tableName the table it was a stream of (perhaps deleted since)
     * @param keySchema that table's key, for its records' Keys
     * @param stream    the stream, DISABLED
     * @param folder    where the data directory keeps it, or null
     */
    public record RetiredStream(String tableName, io.dynaspec.engine.value.KeySchema keySchema, TableStream stream, String folder) {
    }

    /** The disabled streams still readable, oldest first; those whose 24 hours have passed are dropped. */
    public List<RetiredStream> retiredStreams() {
        long now = clock.millis();
        synchronized (retired) {
            for (java.util.Iterator<RetiredStream> it = retired.iterator(); it.hasNext(); ) {
                RetiredStream r = it.next();
                if (r.stream().expired(now)) {
                    it.remove();
                    if (r.folder() != null) {
                        try {
                            data.volume().deleteFolder(r.folder());
                        } catch (java.io.IOException e) {
                            data.failed(e);
                        }
                    }
                }
            }
            return List.copyOf(retired);
        }
    }

    /** Table names in ascending order, as ListTables returns them. */
    public List<String> tableNames() {
        return new ArrayList<>(tables.keySet());
    }

    public List<Table> tables() {
        return new ArrayList<>(tables.values());
    }

    /** Lets every table's global secondary indexes take in what their base partitions acknowledged. */
    void propagate() {
        for (Table t : tables.values()) {
            t.propagate();
        }
    }

    /** Every table's own partition groups, not its global secondary indexes' (which are rebuilt, not kept). */
    void forEachBaseGroup(Consumer<PartitionGroup> action) {
        for (Table t : tables.values()) {
            t.forEachBaseGroup(action);
        }
    }

    void forEachGroup(Consumer<PartitionGroup> action) {
        for (Table t : tables.values()) {
            t.forEachGroup(action);
        }
    }
}
