package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.error.Errors;

/**
 * GetShardIterator (API_streams_GetShardIterator.html): where in a shard GetRecords starts.
 * TRIM_HORIZON at the oldest record held; LATEST "just after the most recent stream record in the
 * shard"; AT_SEQUENCE_NUMBER and AFTER_SEQUENCE_NUMBER at or after a record's SequenceNumber, which
 * they require. A position below the trim horizon is TrimmedDataAccessException. On a closed shard
 * LATEST is just after its last record, where a read finds nothing and no NextShardIterator.
 */
public final class GetShardIterator {
    /**
     * @param streamArn         StreamArn
     * @param shardId           ShardId
     * @param iteratorType      ShardIteratorType
     * @param sequenceNumber    SequenceNumber, or null
     */
    public record Request(String streamArn, String shardId, String iteratorType, String sequenceNumber) {
    }

    private final Cluster cluster;

    public GetShardIterator(Cluster cluster) {
        this.cluster = cluster;
    }

    public ShardIterator execute(Request r) {
        boolean atSequence = r.iteratorType().equals("AT_SEQUENCE_NUMBER") || r.iteratorType().equals("AFTER_SEQUENCE_NUMBER");
        if (atSequence && r.sequenceNumber() == null) {
            throw Errors.sequenceNumberRequired(r.iteratorType());
        }
        StreamArn.Resolved s = StreamArn.resolve(cluster, r.streamArn());
        StreamShard shard = s.stream().shard(r.shardId());
        if (shard == null) {
            throw Errors.shardNotFound(r.shardId());
        }
        long from = switch (r.iteratorType()) {
            case "TRIM_HORIZON" -> shard.trimHorizon();
            case "LATEST" -> shard.latest();
            case "AT_SEQUENCE_NUMBER" -> ShardIterator.parseSequenceNumber(r.sequenceNumber());
            default -> ShardIterator.parseSequenceNumber(r.sequenceNumber()) + 1;
        };
        if (atSequence && shard.trimmedPast(from)) {
            throw Errors.trimmedDataAccess();
        }
        return new ShardIterator(r.streamArn(), shard.id(), from, cluster.clock().millis());
    }
}
