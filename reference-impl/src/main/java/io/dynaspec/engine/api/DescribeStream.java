package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.StreamShard;

import java.util.ArrayList;
import java.util.List;

/**
 * DescribeStream (API_streams_DescribeStream.html): the stream's view type, table, key schema and
 * shards, at most Limit (1 to 100, default 100) after ExclusiveStartShardId. The engine's shards
 * are its partition groups, one each, open for the stream's life: none has a parent or an ending
 * sequence number.
 */
public final class DescribeStream {
    public static final int MAX_LIMIT = 100;

    /**
     * @param streamArn             StreamArn
     * @param limit                 at most this many shards, or null for 100
     * @param exclusiveStartShardId start after this shard, or null
     */
    public record Request(String streamArn, Integer limit, String exclusiveStartShardId) {
    }

    /**
     * @param stream               the stream and its table
     * @param shards               this page of shards
     * @param lastEvaluatedShardId the last shard of the page when more follow, else null
     */
    public record Result(StreamArn.Resolved stream, List<StreamShard> shards, String lastEvaluatedShardId) {
    }

    private final Cluster cluster;

    public DescribeStream(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        StreamArn.Resolved s = StreamArn.resolve(cluster, r.streamArn());
        List<StreamShard> all = s.stream().shards();
        int from = 0;
        if (r.exclusiveStartShardId() != null) {
            for (int i = 0; i < all.size(); i++) {
                if (all.get(i).id().equals(r.exclusiveStartShardId())) {
                    from = i + 1;
                }
            }
        }
        int limit = r.limit() == null ? MAX_LIMIT : r.limit();
        List<StreamShard> page = new ArrayList<>(all.subList(from, Math.min(all.size(), from + limit)));
        String last = from + limit < all.size() ? page.get(page.size() - 1).id() : null;
        return new Result(s, page, last);
    }
}
