package io.dynaspec.engine.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream (Streams.html): one shard per partition group, each showing the group's
 * committed log. The label is the stream's creation time, as DynamoDB's labels are
 * (API_TableDescription.html, LatestStreamLabel: "a timestamp, in ISO 8601 format").
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
    private final List<StreamShard> shards;
    /** The engine's clock when the stream was disabled; Long.MIN_VALUE while it is enabled. */
    private volatile long disabledMillis = Long.MIN_VALUE;

    private TableStream(String label, StreamViewType viewType, long created, List<StreamShard> shards) {
        this.label = label;
        this.viewType = viewType;
        this.created = created;
        this.shards = shards;
    }

    /** A new stream of the table, enabled now. */
    static TableStream open(Cluster cluster, Table table, List<PartitionGroup> groups, StreamViewType viewType) {
        try {
            return open(cluster, table, groups, viewType, cluster.clock().millis(), false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The table's stream enabled at {@code created}: with a data directory each shard keeps its
     * records in a file of the table's folder and starts from what that file holds.
     *
     * @param restored whether the catalog names the stream (a restart), so that its files must exist
     */
    static TableStream open(Cluster cluster, Table table, List<PartitionGroup> groups, StreamViewType viewType, long created,
                            boolean restored) throws IOException {
        DataDirectory data = cluster.data();
        List<StreamShard> shards = new ArrayList<>();
        for (PartitionGroup g : groups) {
            // ShardId (API_streams_Shard.html): 28 to 65 characters.
            String id = String.format("shardId-%020d-%08x", created, g.index());
            String file = data == null ? null : data.tableFolder(table.name()) + "/stream-" + created + "/p" + g.index();
            shards.add(new StreamShard(id, g, cluster, data, file, restored));
        }
        return new TableStream(LABEL.format(Instant.ofEpochMilli(created)), viewType, created, List.copyOf(shards));
    }

    /** A stream disabled at {@code disabledMillis}, read back after a restart with its closed shards. */
    static TableStream disabled(StreamViewType viewType, long created, long disabledMillis, List<StreamShard> shards) {
        TableStream s = new TableStream(LABEL.format(Instant.ofEpochMilli(created)), viewType, created, List.copyOf(shards));
        s.disabledMillis = disabledMillis;
        return s;
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

    /** One shard per partition, in the partition map's order. */
    public List<StreamShard> shards() {
        return shards;
    }

    /** The shard with that id, or null. */
    public StreamShard shard(String id) {
        for (StreamShard s : shards) {
            if (s.id().equals(id)) {
                return s;
            }
        }
        return null;
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
        shards.forEach(StreamShard::close);
    }
}
