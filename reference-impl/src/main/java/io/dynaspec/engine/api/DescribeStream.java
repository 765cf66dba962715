package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.StreamShard;

import java.util.ArrayList;
import java.util.List;

/**
 * DescribeStream (API_streams_DescribeStream.html): the stream's view type, table, key schema and
 * shards, at most Limit (1 to 100, default 100) after ExclusiveStartShardId, closed and open ones,
 * each with its ParentShardId. Shards are listed in the order of their ids, which is the order
 * they were opened: a page starts after the id ExclusiveStartShardId names even if that shard has
 * been trimmed away since, and a shard opened between two pages is on a later one. A ShardFilter
 * of Type CHILD_SHARDS lists only the children of the shard its ShardId names
 * (API_streams_ShardFilter.html).
 */
public final class DescribeStream {
    public static final int MAX_LIMIT = 100;

    /**
     * @param streamArn             StreamArn
     * @param limit                 at most this many shards, or null for 100
     * @param exclusiveStartShardId start after this shard, or null
     * @param childrenOf            ShardFilter's ShardId with Type CHILD_SHARDS: only that shard's children; or null
     */
    public record Request(String streamArn, Integer limit, String exclusiveStartShardId, String childrenOf) {
        public Request(String streamArn, Integer limit, String exclusiveStartShardId) {
            this(streamArn, limit, exclusiveStartShardId, null);
        }
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
        if (r.childrenOf() != null) {
            all = all.stream().filter(shard -> r.childrenOf().equals(shard.parentId())).toList();
        }
        int from = 0;
        if (r.exclusiveStartShardId() != null) {
            while (from < all.size() && all.get(from).id().compareTo(r.exclusiveStartShardId()) <= 0) {
                from++;
            }
        }
        int limit = r.limit() == null ? MAX_LIMIT : r.limit();
        List<StreamShard> page = new ArrayList<>(all.subList(from, Math.min(all.size(), from + limit)));
        String last = from + limit < all.size() ? page.get(page.size() - 1).id() : null;
        return new Result(s, page, last);
    }
}
