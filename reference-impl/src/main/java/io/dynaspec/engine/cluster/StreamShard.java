package io.dynaspec.engine.cluster;

import java.util.List;

/**
 * One shard of a table's stream, as the Streams API shows it (API_streams_Shard.html): a range of
 * its partition group's records, with its ShardId and the ParentShardId of the shard it took over
 * from. A group's first shard has no parent; each rollover closes the group's open shard after its
 * last record (its EndingSequenceNumber) and opens a child whose records follow it, so that a
 * reader who reads a parent before its child sees each item's changes in order (Streams.html,
 * "Reading and processing a stream"). A shard also closes when its stream is disabled.
 */
public final class StreamShard {
    /** Streams.html: records are kept for 24 hours. */
    public static final long RETENTION_MILLIS = ShardLog.RETENTION_MILLIS;

    private final ShardLog log;
    private final String id;
    private final String parentId;
    /** The parent's last sequence number: this shard's records come after it; 0 for a group's first shard. */
    private final long after;
    /** This shard's last sequence number once a rollover closed it, else Long.MAX_VALUE. */
    private final long end;

    StreamShard(ShardLog log, String id, String parentId, long after, long end) {
        this.log = log;
        this.id = id;
        this.parentId = parentId;
        this.after = after;
        this.end = end;
    }

    /** The shard's id, ShardId in the Streams API. */
    public String id() {
        return id;
    }

    /** ParentShardId: the shard this one took over from, or null for a partition group's first shard. */
    public String parentId() {
        return parentId;
    }

    /** The partition group whose log the shard shows; null for a disabled stream read back after a restart. */
    public PartitionGroup group() {
        return log.group();
    }

    /** Whether a rollover closed the shard: a child took over its partition group's records. */
    public boolean rolledOver() {
        return end != Long.MAX_VALUE;
    }

    /** Whether the shard is closed: a rollover closed it, or its stream was disabled or its table deleted. */
    public boolean closed() {
        return rolledOver() || log.closed();
    }

    /** The shard's records with a sequence number at or after {@code from}, oldest first, at most {@code limit}. */
    public List<StreamRecord> recordsFrom(long from, int limit) {
        return log.recordsBetween(Math.max(from, after + 1), end, limit);
    }

    /** The first sequence number still held: the trim horizon. */
    public long trimHorizon() {
        return Math.max(log.trimHorizon(), after + 1);
    }

    /** The sequence number just after the latest record. */
    public long latest() {
        return rolledOver() ? end + 1 : Math.max(log.latest(), after + 1);
    }

    /**
     * StartingSequenceNumber: the oldest record held; for a child shard without one, the first
     * sequence number after its parent's; 0 for a group's first shard without records.
     */
    public long firstSequence() {
        long first = log.firstBetween(after + 1, end);
        return first == 0 && after > 0 ? after + 1 : first;
    }

    /** EndingSequenceNumber: the last record of a closed shard; 0 while the shard is open or holds none. */
    public long endingSequence() {
        if (rolledOver()) {
            return end;
        }
        return log.closed() ? log.lastBetween(after + 1, end) : 0;
    }

    /** Whether records below {@code sequence} were trimmed. */
    public boolean trimmedPast(long sequence) {
        return log.trimmedPast(sequence);
    }

    /** Whether the 24-hour trim took all of a closed shard's records: the shard itself is gone. */
    boolean trimmedAway() {
        return rolledOver() && log.trimmedPast(end);
    }
}
