package io.dynaspec.engine.cluster;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A stream's shard for one partition group (Streams.html, "Reading and processing a stream"): the
 * records of the group's acknowledged log entries that changed an item, in log order, each
 * exactly once, never one of an entry that was not acknowledged (spec/Streams.tla). It is fed by
 * the group's commit hook ({@link PartitionGroup#feedAcknowledged}), under the group's lock (or,
 * under the unsafe {@link StreamFeed#UNSAFE_LEADER_APPEND}, by the leader's appends).
 * Records older than 24 hours on the engine's clock are trimmed ("stores this information in a
 * log for up to 24 hours").
 */
public final class StreamShard {
    /** Streams.html: records are kept for 24 hours. */
    public static final long RETENTION_MILLIS = 24 * 60 * 60 * 1000L;

    private final String id;
    private final PartitionGroup group;
    private final Cluster cluster;
    private final List<StreamRecord> records = new ArrayList<>();
    private final Consumer<LogEntry> feed = this::append;
    /** The sequence number below which records were trimmed; 0 while none were. */
    private long trimmedBelow;

    StreamShard(String id, PartitionGroup group, Cluster cluster) {
        this.id = id;
        this.group = group;
        this.cluster = cluster;
        if (cluster.streamFeed() == StreamFeed.UNSAFE_LEADER_APPEND) {
            group.feedAppended(feed);
        } else {
            group.feedAcknowledged(feed);
        }
    }

    /** The shard's id, ShardId in the Streams API. */
    public String id() {
        return id;
    }

    /** The partition group whose log the shard shows. */
    public PartitionGroup group() {
        return group;
    }

    private synchronized void append(LogEntry entry) {
        StreamRecord r = StreamRecord.of(entry, cluster.clock().millis(), cluster.timeToLiveSweeper().made(entry));
        if (r != null) {
            records.add(r);
        }
    }

    /** Stops taking records: the stream was disabled or its table deleted. */
    void close() {
        group.stopFeeding(feed);
    }

    private void trim() {
        long horizon = cluster.clock().millis() - RETENTION_MILLIS;
        int n = 0;
        while (n < records.size() && records.get(n).createdMillis() <= horizon) {
            n++;
        }
        if (n > 0) {
            trimmedBelow = records.get(n - 1).sequence() + 1;
            records.subList(0, n).clear();
        }
    }

    /** The records with a sequence number at or after {@code from}, oldest first, at most {@code limit}. */
    public synchronized List<StreamRecord> recordsFrom(long from, int limit) {
        trim();
        List<StreamRecord> out = new ArrayList<>();
        for (StreamRecord r : records) {
            if (out.size() == limit) {
                break;
            }
            if (r.sequence() >= from) {
                out.add(r);
            }
        }
        return out;
    }

    /** The first sequence number still held: the trim horizon. */
    public synchronized long trimHorizon() {
        trim();
        return records.isEmpty() ? Math.max(trimmedBelow, 1) : records.get(0).sequence();
    }

    /** The sequence number just after the latest record. */
    public synchronized long latest() {
        trim();
        return records.isEmpty() ? Math.max(trimmedBelow, 1) : records.get(records.size() - 1).sequence() + 1;
    }

    /** The sequence number of the oldest record held, or 0 when none is (for SequenceNumberRange). */
    public synchronized long firstSequence() {
        trim();
        return records.isEmpty() ? 0 : records.get(0).sequence();
    }

    /** Whether records below {@code sequence} were trimmed. */
    public synchronized boolean trimmedPast(long sequence) {
        trim();
        return sequence < trimmedBelow;
    }
}
