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
    private volatile AckRule ackRule;
    private volatile TraceRecorder trace = TraceRecorder.OFF;

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

    int compactionChunk() {
        return compactionChunk;
    }

    public Cluster() {
        this(AckRule.QUORUM, 0);
    }

    public AckRule ackRule() {
        return ackRule;
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
        Table table = new Table(this, metadata, seed ^ metadata.name().hashCode());
        table.changeTags(none -> new java.util.LinkedHashMap<>(tags));
        if (tables.putIfAbsent(metadata.name(), table) != null) {
            throw Errors.tableExists(metadata.name());
        }
        for (AvailabilityZone z : faults.failedZones()) {
            table.forEachGroup(g -> g.onZoneFailed(z));
        }
        return table;
    }

    /** The table, or null. */
    public Table table(String name) {
        return tables.get(name);
    }

    /** Removes the table; ResourceNotFoundException when there is none. */
    public Table deleteTable(String name) {
        Table t = tables.remove(name);
        if (t == null) {
            throw Errors.tableNotFound(name);
        }
        t.closeStream();
        return t;
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

    void forEachGroup(Consumer<PartitionGroup> action) {
        for (Table t : tables.values()) {
            t.forEachGroup(action);
        }
    }
}
