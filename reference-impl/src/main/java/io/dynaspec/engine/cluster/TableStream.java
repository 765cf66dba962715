package io.dynaspec.engine.cluster;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's stream (Streams.html): one shard per partition group, each showing the group's
 * committed log. The label is the stream's creation time, as DynamoDB's labels are
 * (API_TableDescription.html, LatestStreamLabel: "a timestamp, in ISO 8601 format").
 *
 * @param label    the stream's label, unique for the table
 * @param viewType what records show of their items
 * @param created  the engine's clock when the stream was enabled
 * @param shards   one per partition, in the partition map's order
 */
public record TableStream(String label, StreamViewType viewType, long created, List<StreamShard> shards) {
    private static final DateTimeFormatter LABEL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS").withZone(ZoneOffset.UTC);

    static TableStream open(Cluster cluster, List<PartitionGroup> groups, StreamViewType viewType) {
        long now = cluster.clock().millis();
        List<StreamShard> shards = new ArrayList<>();
        for (PartitionGroup g : groups) {
            // ShardId (API_streams_Shard.html): 28 to 65 characters.
            shards.add(new StreamShard(String.format("shardId-%020d-%08x", now, g.index()), g, cluster));
        }
        return new TableStream(LABEL.format(Instant.ofEpochMilli(now)), viewType, now, List.copyOf(shards));
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

    void close() {
        shards.forEach(StreamShard::close);
    }
}
