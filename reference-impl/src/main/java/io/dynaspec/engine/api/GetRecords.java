package io.dynaspec.engine.api;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.TableStream;
import io.dynaspec.engine.error.Errors;
import io.dynaspec.engine.value.KeySchema;

import java.util.List;

/**
 * GetRecords (API_streams_GetRecords.html): the records of a shard from an iterator on, at most
 * Limit (1 to 1000, the default) and at most 1 MB of them ("GetRecords can retrieve a maximum of
 * 1 MB of data or 1000 stream records, whichever comes first"), with the iterator that continues
 * after them. An iterator older
 * than 15 minutes is ExpiredIteratorException; one whose records were trimmed meanwhile is
 * TrimmedDataAccessException. A shard is open until a rollover closes it (its child takes over)
 * or its stream is disabled (or its table deleted); a read that reaches a closed shard's end gets
 * no NextShardIterator ("If set to null, the shard has been closed").
 */
public final class GetRecords {
    public static final int MAX_LIMIT = 1000;
    /**
     * The most a read returns, counted as the records' SizeBytes; a record that would take a read
     * past it is left for the next read, unless it is the read's first (a record is at most two
     * 400 KB images, well within it).
     */
    public static final long MAX_BYTES = 1024 * 1024;

    /**
     * @param shardIterator ShardIterator
     * @param limit         at most this many records, or null for 1000
     */
    public record Request(String shardIterator, Integer limit) {
    }

    /**
     * @param records           the records read, oldest first
     * @param viewType          what each record shows of its item
     * @param keySchema         the table's key, for each record's Keys
     * @param shardId           the shard read
     * @param nextShardIterator where the next read starts, or null when the shard is closed and read to its end
     */
    public record Result(List<StreamRecord> records, StreamViewType viewType, KeySchema keySchema, String shardId,
                         String nextShardIterator) {
    }

    private final Cluster cluster;

    public GetRecords(Cluster cluster) {
        this.cluster = cluster;
    }

    public Result execute(Request r) {
        ShardIterator it = ShardIterator.decode(r.shardIterator());
        long now = cluster.clock().millis();
        if (now - it.issuedMillis() >= ShardIterator.LIFETIME_MILLIS) {
            throw Errors.expiredIterator();
        }
        StreamArn.Resolved s = StreamArn.resolve(cluster, it.streamArn());
        TableStream stream = s.stream();
        StreamShard shard = stream.anyShard(it.shardId());
        if (shard == null) {
            throw Errors.invalidShardIterator();
        }
        if (shard.trimmedPast(it.from())) {
            throw Errors.trimmedDataAccess();
        }
        List<StreamRecord> records = withinMaxBytes(shard.recordsFrom(it.from(), r.limit() == null ? MAX_LIMIT : r.limit()),
                stream.viewType(), s.keySchema());
        long next = records.isEmpty() ? it.from() : records.get(records.size() - 1).sequence() + 1;
        String nextIterator = shard.closed() && next >= shard.latest() ? null
                : new ShardIterator(it.streamArn(), it.shardId(), next, now).encode();
        return new Result(records, stream.viewType(), s.keySchema(), shard.id(), nextIterator);
    }

    /** The leading records whose sizes add up to at most {@link #MAX_BYTES}, and at least one. */
    private static List<StreamRecord> withinMaxBytes(List<StreamRecord> records, StreamViewType viewType, KeySchema keySchema) {
        long total = 0;
        for (int i = 0; i < records.size(); i++) {
            total += records.get(i).sizeBytes(viewType, keySchema);
            if (total > MAX_BYTES && i > 0) {
                return records.subList(0, i);
            }
        }
        return records;
    }
}
