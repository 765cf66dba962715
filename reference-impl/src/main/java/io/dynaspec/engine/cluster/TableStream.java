package io.dynaspec.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream (Streams.html): per partition group a lineage of shards showing the group's
 * committed log, one open at a time. A group's first shard is opened with the stream; with the
 * table option {@code dynaspec:stream-shard-records} (or on {@link #rollOver}) the open shard
 * closes after its last record and a child shard, whose ParentShardId names it, takes the records
 * that follow. Shard ids sort in the order the shards were opened. The label is the stream's
 * creation time, as DynamoDB's labels are (API_TableDescription.html, LatestStreamLabel: "a
 * timestamp, in ISO 8601 format").
 * <p>
 * A stream is ENABLED until it is disabled or its table deleted; then it is DISABLED, its shards
 * take no more records, and it stays readable for 24 hours on the engine's clock before it is
 * gone (API_DeleteTable.html: "the corresponding stream on that table goes into the DISABLED
 * state, and the stream is automatically deleted after 24 hours").
 */
public final class TableStream {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);
    /** How long a disabled stream stays readable. */
    public static final long DISABLED_RETENTION_MILLIS = 24 * 60 * 60 * 1000L;

    private final String label;
    private final StreamViewType viewType;
    private final long created;
    /** One log per partition group, in the partition map's order. */
    private final List<ShardLog> logs;
    /** The engine's clock when the stream was disabled; Long.MIN_VALUE while it is enabled. */
    private volatile long disabledMillis = Long.MIN_VALUE;

    private TableStream(String label, StreamViewType viewType, long created, List<ShardLog> logs) {
        this.label = label;
        this.viewType = viewType;
        this.created = created;
        this.logs = logs;
    }

    /**
     * The numbers in a stream's child shard ids: each greater than any before it in the stream
     * (the engine's clock, when it has moved on), so that ids sort in the order shards were opened
     * and DescribeStream's paging sees a shard opened between two pages on the later one.
     */
    static final class Stamps {
        private long last;

        Stamps(long created) {
            this.last = created;
        }

        synchronized long next(long nowMillis) {
            last = Math.max(nowMillis, last + 1);
            return last;
        }

        synchronized void seen(long stamp) {
            last = Math.max(last, stamp);
        }
    }

    /** ShardId (API_streams_Shard.html, 28 to 65 characters): the stamp and the partition group. */
    static String shardId(long stamp, int group) {
        return String.format("shardId-%020d-%08x", stamp, group);
    }

    /** A new stream of the table, enabled now. */
    static TableStream open(Cluster cluster, Table table, List<PartitionGroup> groups, StreamViewType viewType) {
        try {
            return open(cluster, table, groups, viewType, cluster.clock().millis(), false, table.streamShardRecords());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table's stream enabled at {@code created}: with a data directory each shard keeps its
     * records in a file of the table's folder and starts from what that file holds.
     *
     * @param restored whether the catalog names the stream (a restart), so that its files must exist
     * @param recordsPerShard records a shard takes before a child takes over, or 0 for never
     */
    static TableStream open(Cluster cluster, Table table, List<PartitionGroup> groups, StreamViewType viewType, long created,
                            boolean restored, long recordsPerShard) throws IOException {
        DataDirectory data = cluster.data();
        Stamps stamps = new Stamps(created);
        List<ShardLog> logs = new ArrayList<>();
        for (PartitionGroup g : groups) {
            String file = data == null ? null : data.tableFolder(table.name()) + "/stream-" + created + "/p" + g.index();
            logs.add(new ShardLog(shardId(created, g.index()), g, cluster, data, file, restored, stamps, recordsPerShard));
        }
        return new TableStream(LABEL.format(Instant.ofEpochMilli(created)), viewType, created, List.copyOf(logs));
    }

    /** A stream disabled at {@code disabledMillis}, read back after a restart with its closed logs. */
    static TableStream disabled(StreamViewType viewType, long created, long disabledMillis, List<ShardLog> logs) {
        TableStream s = new TableStream(LABEL.format(Instant.ofEpochMilli(created)), viewType, created, List.copyOf(logs));
        s.disabledMillis = disabledMillis;
        return s;
    }

    /** One log per partition group, for the data directory's copy of a disabled stream. */
    List<ShardLog> logs() {
        return logs;
    }

    /** The engine's clock when the stream was disabled. */
    long disabledMillis() {
        return disabledMillis;
    }

    /** The stream's label, unique for the table. */
    public String label() {
        return label;
    }

    /** What records show of their items. */
    public StreamViewType viewType() {
        return viewType;
    }

    /** The engine's clock when the stream was enabled. */
    public long created() {
        return created;
    }

    /**
     * The stream's shards in the order of their ids (the order they were opened; a partition
     * group's first shards in the partition map's order): each group's open shard and the closed
     * ones that still hold a record. A closed shard whose records the 24-hour trim took is gone
     * ("Shards are ephemeral", Streams.html), though its child still names it as its parent.
     */
    public List<StreamShard> shards() {
        List<StreamShard> out = new ArrayList<>();
        for (StreamShard s : lineage()) {
            if (!s.trimmedAway()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Every shard the stream has opened, those trimmed away too, in the order of their ids. */
    private List<StreamShard> lineage() {
        List<StreamShard> out = new ArrayList<>();
        for (ShardLog log : logs) {
            out.addAll(lineage(log));
        }
        out.sort(java.util.Comparator.comparing(StreamShard::id));
        return out;
    }

    /** One partition group's shards, parent before child. */
    private static List<StreamShard> lineage(ShardLog log) {
        List<StreamShard> out = new ArrayList<>();
        String parent = null;
        long after = 0;
        String id = log.id();
        for (ShardLog.Cut c : log.cuts()) {
            out.add(new StreamShard(log, id, parent, after, c.lastSequence()));
            parent = id;
            after = c.lastSequence();
            id = shardId(c.stamp(), log.index());
        }
        out.add(new StreamShard(log, id, parent, after, Long.MAX_VALUE));
        return out;
    }

    /**
     * The lineage of {@code group}'s shards, parent before child, those trimmed away too: read in
     * that order they are the group's one sequence of records (the model's shard). Reads only
     * that group's log, so that a caller under the group's lock takes no other group's lock.
     */
    public List<StreamShard> lineageOf(PartitionGroup group) {
        for (ShardLog log : logs) {
            if (log.group() == group) {
                return lineage(log);
            }
        }
        return List.of();
    }

    /** The shard with that id that DescribeStream lists, or null. */
    public StreamShard shard(String id) {
        StreamShard s = anyShard(id);
        return s == null || s.trimmedAway() ? null : s;
    }

    /**
     * The shard with that id, or null, though the 24-hour trim took all its records (a reader's
     * iterator may name it). Looks through each group's lineage without sorting the whole stream's.
     */
    public StreamShard anyShard(String id) {
        for (ShardLog log : logs) {
            for (StreamShard s : lineage(log)) {
                if (s.id().equals(id)) {
                    return s;
                }
            }
        }
        return null;
    }

    /**
     * Closes every partition group's open shard that holds a record, and opens its child (the
     * admin call {@code POST /dynaspec/streams/roll/{table}}). Returns how many shards closed.
     */
    public int rollOver() {
        int n = 0;
        for (ShardLog log : logs) {
            if (log.rollOver()) {
                n++;
            }
        }
        return n;
    }

    /** Whether the stream was disabled (DescribeStream's StreamStatus DISABLED). */
    public boolean disabled() {
        return disabledMillis != Long.MIN_VALUE;
    }

    /** Whether a disabled stream's 24 hours have passed at {@code nowMillis}: it is gone. */
    boolean expired(long nowMillis) {
        return disabled() && nowMillis - disabledMillis >= DISABLED_RETENTION_MILLIS;
    }

    /** The stream is disabled: its shards take no more records and its files are let go. */
    void close(long nowMillis) {
        disabledMillis = nowMillis;
        logs.forEach(ShardLog::close);
    }
}
