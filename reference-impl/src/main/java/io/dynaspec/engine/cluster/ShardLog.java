package io.dynaspec.engine.cluster;

import io.dynaspec.engine.cluster.storage.Decoder;
import io.dynaspec.engine.cluster.storage.Encoder;
import io.dynaspec.engine.cluster.storage.Records;
import io.dynaspec.engine.cluster.storage.StoredFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The records of a stream for one partition group (Streams.html, "Reading and processing a
 * stream"): the records of the group's acknowledged log entries that changed an item, in log order, each
 * exactly once, never one of an entry that was not acknowledged (spec/Streams.tla). It is fed by
 * the group's commit hook ({@link PartitionGroup#feedAcknowledged}), under the group's lock (or,
 * under the unsafe {@link StreamFeed#UNSAFE_LEADER_APPEND}, by the leader's appends).
 * Records older than 24 hours on the engine's clock are trimmed ("stores this information in a
 * log for up to 24 hours").
 * <p>
 * With a data directory the log also appends each record to a file of its own (written at
 * once, forced when the file is rewritten or closed, at each rollover, and before any replica of
 * the group writes a snapshot). A restarted engine reads the file back, then the recovered log is acknowledged
 * again and the shard adds a record for each entry past the last one the file holds: a reader
 * neither loses nor sees twice a record of a kept write, and sequence numbers (log positions)
 * keep increasing. A power cut loses only records whose entries some replica's log still holds,
 * and those are made again: a replica snapshots only at the commit point, whose entries all have
 * their records, and only after the file is forced ({@link ReplicaDisk#snapshot}).
 * <p>
 * The log is cut into the group's shards, parent before child ("Shards are ephemeral: They are
 * created and deleted automatically, as needed", Streams.html): a rollover closes the open shard
 * after its last record and a child shard takes the records that follow. The cuts are kept with
 * the records, in the same file. {@link StreamShard} is one shard of the lineage, as the Streams
 * API shows it.
 */
final class ShardLog {
    /** Streams.html: records are kept for 24 hours. */
    public static final long RETENTION_MILLIS = 24 * 60 * 60 * 1000L;
    /** The first record of a shard's file: what it is and its format's version. */
    private static final String FORMAT = "dynaspec stream records";
    private static final int VERSION = 2;
    /** Version 2's payload kinds: a record, or a rollover's cut. */
    private static final byte RECORD = 0;
    private static final byte CUT = 1;
    /** Trimmed records that make the file be written anew with the kept ones alone. */
    private static final int REWRITE_TRIMMED = 4096;

    private final String id;
    /** The partition group's index: the shards' ids name it. */
    private final int index;
    private final PartitionGroup group;
    private final Cluster cluster;
    private final List<StreamRecord> records = new ArrayList<>();
    private final Consumer<LogEntry> feed = this::append;
    private final Runnable force = this::force;
    /** The sequence number below which records were trimmed; 0 while none were. */
    private long trimmedBelow;
    /** The sequence number of the last record taken: a record of an entry at or before it is not taken again. */
    private long lastSequence;
    /** With a data directory: where the shard keeps its records, and its file's name; else null. */
    private final DataDirectory data;
    private final String fileName;
    private StoredFile file;
    private int trimmedSinceRewrite;
    /** The framing of one appended record, reused under the shard's lock. */
    private final Records.Batch appending = new Records.Batch();
    /** Whether the stream was disabled: the shard takes no more records. */
    private volatile boolean closed;
    /** The rollovers so far, oldest first: each closed a shard after its last record. */
    private final List<Cut> cuts = new ArrayList<>();
    /** Where the stream's child shards take their id stamps from. */
    private final TableStream.Stamps stamps;
    /** Records a shard takes before it closes and a child takes over; 0 for never. */
    private final long recordsPerShard;
    /** Records taken by the open shard (those of the file's open shard, after a restart). */
    private long openRecords;

    /**
     * A rollover: the shard that closed ends with the record {@code lastSequence}; its child's id
     * carries {@code stamp}.
     *
     * @param lastSequence the closed shard's EndingSequenceNumber
     * @param stamp        the number in the child shard's id, unique within the stream and
     *                     greater than those of the shards before it
     */
    record Cut(long lastSequence, long stamp) {
    }

    /**
     * @param data     the data directory, or null in memory
     * @param fileName the shard's file in it, or null
     * @param restored whether the stream is one the catalog names (its file must exist), not a new one
     * @param recordsPerShard records a shard takes before a child takes over, or 0 for never
     */
    ShardLog(String id, PartitionGroup group, Cluster cluster, DataDirectory data, String fileName, boolean restored,
             TableStream.Stamps stamps, long recordsPerShard) throws IOException {
        this.id = id;
        this.index = group.index();
        this.stamps = stamps;
        this.recordsPerShard = recordsPerShard;
        this.group = group;
        this.cluster = cluster;
        this.data = data;
        this.fileName = fileName;
        if (!restored) {
            // A new stream shows the writes acknowledged from now on, not the log before it.
            lastSequence = group.committedSequence();
        }
        if (data != null) {
            if (restored && !data.volume().exists(fileName)) {
                throw new IOException("the stream records of shard " + id + " are missing from " + data + " (" + fileName + ")");
            }
            load();
        }
        if (data != null) {
            group.forceBeforeSnapshot(force);
        }
        if (cluster.streamFeed() == StreamFeed.UNSAFE_LEADER_APPEND) {
            group.feedAppended(feed);
        } else {
            group.feedAcknowledged(feed);
        }
    }

    /** The id of the group's first shard, ShardId in the Streams API. */
    String id() {
        return id;
    }

    /** The partition group's index. */
    int index() {
        return index;
    }

    /** The partition group whose log the shard shows; null for a disabled stream read back after a restart. */
    PartitionGroup group() {
        return group;
    }

    /** Whether the log is closed: its stream was disabled or its table deleted. */
    boolean closed() {
        return closed;
    }

    /** The rollovers so far, oldest first. */
    synchronized List<Cut> cuts() {
        return List.copyOf(cuts);
    }

    private synchronized void append(LogEntry entry) {
        if (entry.sequence() <= lastSequence) {
            // A restart acknowledges the recovered log again: the file already holds this one.
            return;
        }
        StreamRecord r = StreamRecord.of(entry, cluster.clock().millis(), cluster.timeToLiveSweeper().made(entry));
        if (r != null) {
            records.add(r);
            lastSequence = r.sequence();
            openRecords++;
            writePayload(encode(r));
            if (recordsPerShard > 0 && openRecords >= recordsPerShard) {
                cut(r.sequence());
            }
        }
        cluster.trace().onStreamFeed(group, entry, r);
    }

    /** Appends one payload to the file, if the log has one. */
    private void writePayload(Encoder e) {
        if (file != null) {
            try {
                appending.clear();
                appending.add(e);
                appending.writeTo(file);
            } catch (IOException ex) {
                data.failed(ex);
                throw new UncheckedIOException(ex);
            }
        }
    }

    /**
     * Closes the open shard after the record {@code last}: a child shard takes the records that
     * follow. The file is forced at once (the cut with the records before it): a reader may have
     * seen the child, and a power cut must not take it away, nor give it another id.
     */
    private void cut(long last) {
        Cut c = new Cut(last, stamps.next(cluster.clock().millis()));
        cuts.add(c);
        openRecords = 0;
        writePayload(encodeCut(c));
        force();
    }

    /**
     * Closes the open shard now, if it holds a record, and opens its child; a shard without records
     * stays open (it would have no EndingSequenceNumber). Returns whether it rolled over.
     */
    synchronized boolean rollOver() {
        if (closed || openRecords == 0 || records.isEmpty()) {
            return false;
        }
        cut(records.get(records.size() - 1).sequence());
        return true;
    }

    /**
     * Forces the records appended to the file: before a replica's snapshot takes their entries
     * from its log, after which a restart could not make them again. Once per snapshot, not per
     * write.
     */
    private synchronized void force() {
        if (file != null) {
            try {
                file.force();
            } catch (IOException e) {
                data.failed(e);
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Stops taking records: the stream was disabled or its table deleted. */
    synchronized void close() {
        closed = true;
        if (group != null) {
            group.stopFeeding(feed);
            group.stopForcing(force);
        }
        if (file != null) {
            try {
                file.force();
                file.close();
            } catch (IOException e) {
                // the stream's files are removed with it
            }
            file = null;
        }
    }

    /** Reads the shard's file: refused when damaged, cut after a torn last record, then written anew. */
    private void load() throws IOException {
        if (data.volume().exists(fileName)) {
            Stored stored = read(data.volume(), fileName, "shard " + id + " in " + data);
            records.addAll(stored.records);
            trimmedBelow = stored.trimmedBelow;
            lastSequence = Math.max(lastSequence, stored.lastSequence);
            restoreCuts(stored.cuts);
        }
        trim();
        rewrite();
    }

    /** A shard's file as read: its records, where they were trimmed below, the last sequence taken, the rollovers. */
    private record Stored(List<StreamRecord> records, long trimmedBelow, long lastSequence, List<Cut> cuts) {
    }

    /** Takes back the rollovers a file holds; the open shard's records are those after the last. */
    private void restoreCuts(List<Cut> stored) {
        cuts.addAll(stored);
        long after = cuts.isEmpty() ? 0 : cuts.get(cuts.size() - 1).lastSequence();
        openRecords = records.stream().filter(r -> r.sequence() > after).count();
        for (Cut c : cuts) {
            stamps.seen(c.stamp());
        }
    }

    /** Reads a shard's file; refuses one that is damaged or of a format this engine does not read. */
    private static Stored read(io.dynaspec.engine.cluster.storage.Volume volume, String name, String what) throws IOException {
        List<StreamRecord> records = new ArrayList<>();
        List<Cut> cuts = new ArrayList<>();
        long[] header = {-1, 0, 0};
        Records.Scan scan;
        try (StoredFile f = volume.open(name)) {
            scan = Records.read(f, payload -> {
                Decoder d = new Decoder(payload);
                if (header[0] < 0) {
                    String format = d.readString();
                    long version = d.readLong();
                    if (!FORMAT.equals(format) || version < 1 || version > VERSION) {
                        throw new IllegalStateException("format " + format + " version " + version);
                    }
                    header[0] = d.readLong();
                    header[1] = d.readLong();
                    header[2] = version;
                    return;
                }
                if (header[2] >= 2 && d.readByte() == CUT) {
                    cuts.add(new Cut(d.readLong(), d.readLong()));
                    return;
                }
                StreamRecord r = decode(d);
                records.add(r);
                header[1] = Math.max(header[1], r.sequence());
            });
        } catch (RuntimeException e) {
            throw new IOException("the stream records of " + what + " (" + name + ") are not in a format this engine reads ("
                    + e.getMessage() + ")", e);
        }
        if (scan.ending() == Records.Ending.DAMAGED) {
            throw new IOException("the stream records of " + what + " (" + name + ") are damaged at byte " + scan.validLength());
        }
        return new Stored(records, Math.max(header[0], 0), header[1], cuts);
    }

    /** Writes a shard's records alone, atomically: to a new file, forced, renamed over the old one. */
    private static void write(io.dynaspec.engine.cluster.storage.Volume volume, String name, List<StreamRecord> records,
                              long trimmedBelow, long lastSequence, List<Cut> cuts) throws IOException {
        String tmp = name + ".tmp";
        volume.delete(tmp);
        try (StoredFile f = volume.open(tmp)) {
            Records.Batch b = new Records.Batch();
            b.add(new Encoder(64).writeString(FORMAT).writeLong(VERSION).writeLong(trimmedBelow).writeLong(lastSequence));
            for (Cut c : cuts) {
                b.add(encodeCut(c));
            }
            for (StreamRecord r : records) {
                b.add(encode(r));
            }
            b.writeTo(f);
            f.force();
        }
        volume.rename(tmp, name);
    }

    /** Writes the kept records alone, atomically, and appends to the new file from now on. */
    private void rewrite() throws IOException {
        if (file != null) {
            file.close();
            file = null;
        }
        write(data.volume(), fileName, records, trimmedBelow, lastSequence, cuts);
        file = data.volume().open(fileName);
        trimmedSinceRewrite = 0;
    }

    /** A closed shard's records to a file of their own, for a disabled stream kept across a restart. */
    synchronized void saveClosed(io.dynaspec.engine.cluster.storage.Volume volume, String name) throws IOException {
        trim();
        write(volume, name, records, trimmedBelow, lastSequence, cuts);
    }

    /** A closed shard of a disabled stream, read back from the file {@link #saveClosed} wrote. */
    static ShardLog readClosed(String id, int index, Cluster cluster, io.dynaspec.engine.cluster.storage.Volume volume,
                               String name, TableStream.Stamps stamps) throws IOException {
        Stored stored = read(volume, name, "closed shard " + id);
        ShardLog shard = new ShardLog(id, index, cluster, stamps);
        shard.records.addAll(stored.records);
        shard.trimmedBelow = stored.trimmedBelow;
        shard.lastSequence = stored.lastSequence;
        shard.restoreCuts(stored.cuts);
        return shard;
    }

    /** A closed shard without a partition group: its stream was disabled before the restart. */
    private ShardLog(String id, int index, Cluster cluster, TableStream.Stamps stamps) {
        this.id = id;
        this.index = index;
        this.stamps = stamps;
        this.recordsPerShard = 0;
        this.group = null;
        this.cluster = cluster;
        this.data = null;
        this.fileName = null;
        this.closed = true;
    }

    private static Encoder encodeCut(Cut c) {
        return new Encoder(24).writeByte(CUT).writeLong(c.lastSequence()).writeLong(c.stamp());
    }

    private static Encoder encode(StreamRecord r) {
        Encoder e = new Encoder(256).writeByte(RECORD).writeLong(r.sequence()).writeByte(r.event().ordinal()).writeKey(r.key());
        writeOptionalItem(e, r.oldImage());
        writeOptionalItem(e, r.newImage());
        return e.writeLong(r.createdMillis()).writeByte(r.timeToLive() ? 1 : 0);
    }

    private static void writeOptionalItem(Encoder e, io.dynaspec.engine.value.Item item) {
        e.writeByte(item == null ? 0 : 1);
        if (item != null) {
            e.writeItem(item);
        }
    }

    private static StreamRecord decode(Decoder d) {
        long sequence = d.readLong();
        StreamRecord.Event event = StreamRecord.Event.values()[d.readByte()];
        var key = d.readKey();
        var before = d.readByte() == 1 ? d.readItem() : null;
        var after = d.readByte() == 1 ? d.readItem() : null;
        return new StreamRecord(sequence, event, key, before, after, d.readLong(), d.readByte() == 1);
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
            trimmedSinceRewrite += n;
            if (file != null && trimmedSinceRewrite >= REWRITE_TRIMMED) {
                try {
                    rewrite();
                } catch (IOException e) {
                    data.failed(e);
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    /** The records with a sequence number from {@code from} to {@code to}, oldest first, at most {@code limit}. */
    synchronized List<StreamRecord> recordsBetween(long from, long to, int limit) {
        trim();
        List<StreamRecord> out = new ArrayList<>();
        for (StreamRecord r : records) {
            if (out.size() == limit || r.sequence() > to) {
                break;
            }
            if (r.sequence() >= from) {
                out.add(r);
            }
        }
        return out;
    }

    /** The sequence number of the oldest record held from {@code from} to {@code to}, or 0 when none is. */
    synchronized long firstBetween(long from, long to) {
        trim();
        for (StreamRecord r : records) {
            if (r.sequence() > to) {
                break;
            }
            if (r.sequence() >= from) {
                return r.sequence();
            }
        }
        return 0;
    }

    /** The sequence number of the newest record held from {@code from} to {@code to}, or 0 when none is. */
    synchronized long lastBetween(long from, long to) {
        trim();
        for (int i = records.size() - 1; i >= 0; i--) {
            long s = records.get(i).sequence();
            if (s < from) {
                break;
            }
            if (s <= to) {
                return s;
            }
        }
        return 0;
    }

    /** The first sequence number still held: the trim horizon. */
    synchronized long trimHorizon() {
        trim();
        return records.isEmpty() ? Math.max(trimmedBelow, 1) : records.get(0).sequence();
    }

    /** The sequence number just after the latest record. */
    synchronized long latest() {
        trim();
        return records.isEmpty() ? Math.max(trimmedBelow, 1) : records.get(records.size() - 1).sequence() + 1;
    }

    /** The sequence number of the oldest record held, or 0 when none is (for SequenceNumberRange). */
    synchronized long firstSequence() {
        trim();
        return records.isEmpty() ? 0 : records.get(0).sequence();
    }

    /** Whether records below {@code sequence} were trimmed. */
    synchronized boolean trimmedPast(long sequence) {
        trim();
        return sequence < trimmedBelow;
    }
}
