package io.dynaspec.engine.cluster.storage;

import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One replica's files, in a folder of its own: a write-ahead log of its entries and cuts, and a
 * snapshot of its items from which the log starts.
 * <ul>
 *   <li>{@code replica} — written when the replica is whole (at creation, or once a rebuild has
 *       caught up): a folder without it is a lost disk, whose replica must not vote;</li>
 *   <li>{@code snapshot-S} — the items and prepared transactions as of position S, complete
 *       (written under a temporary name, forced, then renamed);</li>
 *   <li>{@code wal-S.log} — the records after position S: entries, and cuts where a failover
 *       took entries back;</li>
 *   <li>{@code epoch} — the epochs this replica voted in, one record each, appended and forced by
 *       the election before its leader takes a write, so that a start after a power cut numbers
 *       its epoch past every epoch an earlier run elected, entries of it on disk or not. Each
 *       record also names where that epoch's log began (the length of its leader's log at the
 *       election, after the election's cut), so that the start undoes entries of earlier epochs
 *       past it, which the election cut while this replica or another was crashed and could not
 *       record the cut (records of the first format, without it, leave the start as before).
 *       Appending costs one force of the file's data, where a file replaced by a rename would cost
 *       forces of the folder too; past {@link #EPOCH_FILE_BYTES} it is written anew with the latest record
 *       alone. Absent until the replica first votes: a table's first epoch, 1, needs no file.</li>
 * </ul>
 * Records are appended to memory and forced by {@link GroupCommit}; {@link #durable()} is the
 * position up to which this replica's log is on disk, what the acknowledgement rule counts.
 */
public final class ReplicaStore {
    private static final int ENTRY = 1, CUT = 2, SNAPSHOT_HEADER = 10, SNAPSHOT_ITEM = 11, SNAPSHOT_PREPARED = 12, SNAPSHOT_END = 13,
            EPOCH = 20, EPOCH_AT = 21;
    static final String MARKER = "replica";
    static final String EPOCH_FILE = "epoch";
    /** The epoch file's size past which the next election writes it anew, its latest record alone. */
    static final long EPOCH_FILE_BYTES = 4096;

    /** Told, outside the store's lock, that {@link #durable()} may have moved. */
    public interface Listener {
        void onDurable();
    }

    /**
     * A log entry as the storage keeps it.
     *
     * @param kind the entry's kind, by ordinal
     */
    public record Entry(long epoch, long sequence, int kind, long transaction, PrimaryKey key, Item item, Item previous) {
    }

    /** A cut: the entries after {@code sequence} were taken back. */
    public record Cut(long sequence) {
    }

    /** What a replica's folder holds, as read at start. */
    public static final class Recovered {
        /** Whether the files can be trusted; if not, {@link #problem} says why. */
        public boolean usable = true;
        public String problem;
        public long snapshotSequence;
        public long snapshotEpoch;
        public final List<Item> snapshotItems = new ArrayList<>();
        public final Map<PrimaryKey, Long> snapshotPrepared = new LinkedHashMap<>();
        /** After the snapshot, in order: {@link Entry} and {@link Cut} records. */
        public final List<Object> log = new ArrayList<>();
        /** Bytes of a torn last record cut from the log. */
        public long tornBytes;
        /**
         * The latest epoch its {@code epoch} file names; 0 when it has none (it never voted) or
         * when the file is damaged: the start then falls back on the epochs of the entries, as
         * the engine numbered epochs before it kept the file.
         */
        public long epoch;
        /**
         * Where the log of {@link #epoch} began: the length of its leader's log at its election;
         * -1 when unknown (no file, a damaged one, or a record of the first format, which names
         * the epoch alone).
         */
        public long epochStart = -1;
        /** What reading the epoch file found beyond its records (damage, a torn last record), or null. */
        public String epochNote;
        long walValidLength;
        /** The bytes of whole records of the epoch file; -1 when it is absent or damaged. */
        long epochValidLength = -1;

        void refuse(String why) {
            usable = false;
            problem = why;
        }
    }

    private final Volume volume;
    private final String folder;
    private final GroupCommit commit;
    private final Listener listener;
    private StoredFile wal;
    /** The epoch file, open for appending once the replica has voted. */
    private StoredFile epochFile;
    private long base;
    private Records.Batch pending = new Records.Batch();
    private Records.Batch spare = new Records.Batch();
    /** This replica's position after the last record appended. */
    private long appended;
    /** The lowest cut appended since the batch being forced was taken. */
    private long floor = Long.MAX_VALUE;
    private volatile long durable;
    private long walBytes;
    private boolean scheduled;
    private boolean flushing;
    private boolean closed;
    private final Encoder encoder = new Encoder(256);

    private ReplicaStore(Volume volume, String folder, GroupCommit commit, Listener listener) {
        this.volume = volume;
        this.folder = folder;
        this.commit = commit;
        this.listener = listener;
    }

    /** A new replica's folder: empty, whole. */
    public static ReplicaStore create(Volume volume, String folder, GroupCommit commit, Listener listener) throws IOException {
        volume.deleteFolder(folder);
        ReplicaStore s = new ReplicaStore(volume, folder, commit, listener);
        s.wal = volume.open(folder + "/wal-0.log");
        s.markWhole();
        return s;
    }

    /**
     * A folder whose replica must rebuild from the others: emptied, and without its mark until
     * {@link #markWhole} says the rebuild caught up.
     */
    public static ReplicaStore createRebuilding(Volume volume, String folder, GroupCommit commit, Listener listener) throws IOException {
        volume.deleteFolder(folder);
        ReplicaStore s = new ReplicaStore(volume, folder, commit, listener);
        s.wal = volume.open(folder + "/wal-0.log");
        return s;
    }

    /** Marks the folder as holding a whole replica. */
    public void markWhole() throws IOException {
        if (volume.exists(folder + "/" + MARKER)) {
            return;
        }
        String tmp = folder + "/" + MARKER + ".tmp";
        try (StoredFile f = volume.open(tmp)) {
            f.truncate(0);
            f.append(new byte[] {1}, 0, 1);
            f.force();
        }
        volume.rename(tmp, folder + "/" + MARKER);
    }

    /** Reads a replica's folder: its newest snapshot, then its log, cutting a torn last record. */
    public static Recovered recover(Volume volume, String folder) throws IOException {
        Recovered r = new Recovered();
        List<String> names = volume.list(folder);
        if (!names.contains(MARKER)) {
            r.refuse(names.isEmpty() ? "its files are gone" : "it never caught up after a rebuild");
            return r;
        }
        if (names.contains(EPOCH_FILE)) {
            readEpoch(volume, folder + "/" + EPOCH_FILE, r);
        }
        long snapshot = -1;
        for (String n : names) {
            if (n.startsWith("snapshot-") && !n.endsWith(".tmp")) {
                snapshot = Math.max(snapshot, Long.parseLong(n.substring("snapshot-".length())));
            }
        }
        if (snapshot >= 0) {
            readSnapshot(volume, folder + "/snapshot-" + snapshot, r);
            if (!r.usable) {
                return r;
            }
        }
        long start = Math.max(snapshot, 0);
        String walName = folder + "/wal-" + start + ".log";
        if (!volume.exists(walName)) {
            if (snapshot < 0) {
                r.refuse("its log is gone");
            }
            return r;
        }
        long[] position = {start};
        boolean[] broken = {false};
        try (StoredFile f = volume.open(walName)) {
            Records.Scan scan = Records.read(f, payload -> {
                if (broken[0]) {
                    return;
                }
                Decoder d = new Decoder(payload);
                int type = d.readByte();
                if (type == ENTRY) {
                    Entry e = new Entry(d.readLong(), d.readLong(), d.readByte(), d.readLong(), d.readKey(), d.readItem(), d.readItem());
                    if (e.sequence() != position[0] + 1) {
                        broken[0] = true;
                        r.refuse("entry " + e.sequence() + " follows position " + position[0]);
                        return;
                    }
                    position[0] = e.sequence();
                    r.log.add(e);
                } else if (type == CUT) {
                    long s = d.readLong();
                    if (s > position[0] || s < r.snapshotSequence) {
                        broken[0] = true;
                        r.refuse("a cut to " + s + " at position " + position[0] + " reaches below its snapshot");
                        return;
                    }
                    position[0] = s;
                    r.log.add(new Cut(s));
                } else {
                    broken[0] = true;
                    r.refuse("a log record of unknown type " + type);
                }
            });
            if (!r.usable) {
                return r;
            }
            if (scan.ending() == Records.Ending.DAMAGED) {
                r.refuse("its log is damaged at byte " + scan.validLength() + " of " + f.size());
                return r;
            }
            r.walValidLength = scan.validLength();
            r.tornBytes = f.size() - scan.validLength();
        }
        return r;
    }

    /**
     * Reads the epoch file: the latest epoch of its records. A torn last record is a force that
     * did not finish, whose election went no further: the records before it stand.
     */
    private static void readEpoch(Volume volume, String name, Recovered r) throws IOException {
        long[] latest = {0, -1};
        boolean[] foreign = {false};
        Records.Scan scan;
        try (StoredFile f = volume.open(name)) {
            scan = Records.read(f, payload -> {
                Decoder d = new Decoder(payload);
                int type = d.readByte();
                if (type == EPOCH || type == EPOCH_AT) {
                    long e = d.readLong();
                    long start = type == EPOCH_AT ? d.readLong() : -1;
                    if (e > latest[0] || (e == latest[0] && start > latest[1])) {
                        latest[0] = e;
                        latest[1] = start;
                    }
                } else {
                    foreign[0] = true;
                }
            });
        }
        if (scan.ending() == Records.Ending.DAMAGED || foreign[0]) {
            r.epochNote = "its epoch file is damaged; the epochs of its entries stand in for it";
            return;
        }
        r.epoch = latest[0];
        r.epochStart = latest[1];
        r.epochValidLength = scan.validLength();
        if (scan.ending() == Records.Ending.TORN_TAIL) {
            r.epochNote = "cut a torn last record of its epoch file (epoch " + latest[0] + " before it)";
        }
    }

    /**
     * Appends the epoch this replica votes in, and where its log began (the length of its
     * leader's log at the election), to its {@code epoch} file and forces it. Called under the
     * group's lock, before the epoch's leader takes a write.
     */
    public synchronized void forceEpoch(long epoch, long start) throws IOException {
        String name = folder + "/" + EPOCH_FILE;
        Records.Batch b = new Records.Batch();
        b.add(new Encoder(24).writeByte(EPOCH_AT).writeLong(epoch).writeLong(start));
        if (epochFile != null && epochFile.size() > EPOCH_FILE_BYTES) {
            // Written anew: the latest record alone, under a temporary name, forced, renamed.
            epochFile.close();
            epochFile = null;
            String tmp = name + ".tmp";
            volume.delete(tmp);
            try (StoredFile f = volume.open(tmp)) {
                b.writeTo(f);
                f.force();
            }
            volume.rename(tmp, name);
            epochFile = volume.open(name);
            return;
        }
        if (epochFile == null) {
            epochFile = volume.open(name);
        }
        b.writeTo(epochFile);
        epochFile.force();
    }

    private static void readSnapshot(Volume volume, String name, Recovered r) throws IOException {
        boolean[] ended = {false};
        try (StoredFile f = volume.open(name)) {
            Records.Scan scan = Records.read(f, payload -> {
                Decoder d = new Decoder(payload);
                switch (d.readByte()) {
                    case SNAPSHOT_HEADER -> {
                        r.snapshotSequence = d.readLong();
                        r.snapshotEpoch = d.readLong();
                    }
                    case SNAPSHOT_ITEM -> r.snapshotItems.add(d.readItem());
                    case SNAPSHOT_PREPARED -> r.snapshotPrepared.put(d.readKey(), d.readLong());
                    case SNAPSHOT_END -> ended[0] = d.readLong() == r.snapshotItems.size();
                    default -> r.refuse("a snapshot record of unknown type");
                }
            });
            if (scan.ending() != Records.Ending.CLEAN || !ended[0]) {
                r.refuse("its snapshot " + name + " is damaged");
            }
        }
    }

    /** Opens the recovered folder's log for appending, its torn tail cut. */
    public static ReplicaStore open(Volume volume, String folder, Recovered r, long position, GroupCommit commit, Listener listener) throws IOException {
        ReplicaStore s = new ReplicaStore(volume, folder, commit, listener);
        s.base = r.snapshotSequence;
        s.wal = volume.open(folder + "/wal-" + s.base + ".log");
        if (s.wal.size() > r.walValidLength) {
            s.wal.truncate(r.walValidLength);
        }
        s.walBytes = r.walValidLength;
        s.appended = position;
        s.durable = position;
        String epochName = folder + "/" + EPOCH_FILE;
        if (r.epochValidLength >= 0) {
            // Its torn last record cut, so that the next one follows whole records.
            s.epochFile = volume.open(epochName);
            if (s.epochFile.size() > r.epochValidLength) {
                s.epochFile.truncate(r.epochValidLength);
            }
        } else if (volume.exists(epochName)) {
            // Damaged: the start's election writes it anew.
            volume.delete(epochName);
        }
        for (String n : volume.list(folder)) {
            if (n.endsWith(".tmp") || (n.startsWith("wal-") && !n.equals("wal-" + s.base + ".log"))
                    || (n.startsWith("snapshot-") && !n.equals("snapshot-" + s.base))) {
                volume.delete(folder + "/" + n);
            }
        }
        return s;
    }

    /** The position up to which this replica's log is forced. */
    public long durable() {
        return durable;
    }

    /** Bytes in the log since the snapshot it starts from. */
    public synchronized long logBytes() {
        return walBytes + pending.length();
    }

    /** Appends an entry; it is forced by the group commit. */
    public void append(Entry e) {
        append(e.sequence(), encode(e));
    }

    /**
     * An entry's record, the same for every replica: a group encodes each entry once for its
     * three logs.
     */
    public static byte[] encode(Entry e) {
        return new Encoder(128).writeByte(ENTRY).writeLong(e.epoch()).writeLong(e.sequence()).writeByte(e.kind())
                .writeLong(e.transaction()).writeKey(e.key()).writeItem(e.item()).writeItem(e.previous()).toByteArray();
    }

    /** Appends an entry's record made by {@link #encode}; it is forced by the group commit. */
    public void append(long sequence, byte[] record) {
        synchronized (this) {
            if (closed) {
                return;
            }
            pending.add(record, record.length);
            appended = sequence;
        }
        requestForce();
    }

    /** Appends a cut: the entries after the position are taken back. */
    public void appendCut(long sequence) {
        synchronized (this) {
            if (closed) {
                return;
            }
            pending.add(encoder.reset().writeByte(CUT).writeLong(sequence));
            appended = sequence;
            floor = Math.min(floor, sequence);
            durable = Math.min(durable, sequence);
        }
        requestForce();
    }

    private void requestForce() {
        int waiting;
        synchronized (this) {
            if (scheduled) {
                return;
            }
            scheduled = true;
            waiting = pending.length();
        }
        commit.schedule(this, waiting);
    }

    /** Writes and forces everything waiting, batch after batch, then tells the listener. */
    public void flush() {
        while (true) {
            Records.Batch batch;
            long position;
            StoredFile file;
            synchronized (this) {
                if (flushing) {
                    return;
                }
                if (closed || pending.isEmpty()) {
                    scheduled = false;
                    break;
                }
                batch = pending;
                pending = spare;
                spare = batch;
                position = appended;
                floor = Long.MAX_VALUE;
                file = wal;
                flushing = true;
            }
            boolean ok = false;
            try {
                batch.writeTo(file);
                file.force();
                ok = true;
            } catch (IOException | RuntimeException e) {
                commit.failed(e);
            } finally {
                synchronized (this) {
                    flushing = false;
                    if (ok) {
                        walBytes += batch.length();
                        durable = Math.min(position, floor);
                    } else {
                        closed = true;
                    }
                    batch.clear();
                    notifyAll();
                }
            }
            if (!ok) {
                return;
            }
            listener.onDurable();
        }
    }

    /**
     * Writes a snapshot of the replica as of {@code sequence} (its items, in any order, and the
     * items prepared transactions hold), then starts a new log after it and removes the old files.
     * Called with the replica holding still: every record waiting is covered by the snapshot.
     */
    public synchronized void snapshot(long sequence, long epoch, Iterator<Item> items, Map<PrimaryKey, Long> prepared) throws IOException {
        while (flushing) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while a force was finishing");
            }
        }
        String name = folder + "/snapshot-" + sequence;
        String tmp = name + ".tmp";
        volume.delete(tmp);
        long count = 0;
        try (StoredFile f = volume.open(tmp)) {
            Records.Batch b = new Records.Batch();
            Encoder e = new Encoder(256);
            b.add(e.reset().writeByte(SNAPSHOT_HEADER).writeLong(sequence).writeLong(epoch));
            while (items.hasNext()) {
                b.add(e.reset().writeByte(SNAPSHOT_ITEM).writeItem(items.next()));
                count++;
                if (b.length() >= 1 << 20) {
                    b.writeTo(f);
                    b.clear();
                }
            }
            for (Map.Entry<PrimaryKey, Long> p : prepared.entrySet()) {
                b.add(e.reset().writeByte(SNAPSHOT_PREPARED).writeKey(p.getKey()).writeLong(p.getValue()));
            }
            b.add(e.reset().writeByte(SNAPSHOT_END).writeLong(count));
            b.writeTo(f);
            f.force();
        }
        volume.rename(tmp, name);
        String walName = folder + "/wal-" + sequence + ".log";
        StoredFile next = volume.open(walName);
        if (next.size() > 0) {
            next.truncate(0);
        }
        StoredFile old = wal;
        wal = next;
        old.close();
        long oldBase = base;
        base = sequence;
        pending.clear();
        walBytes = 0;
        appended = sequence;
        floor = Long.MAX_VALUE;
        durable = sequence;
        if (oldBase != sequence) {
            volume.delete(folder + "/wal-" + oldBase + ".log");
        }
        for (String n : volume.list(folder)) {
            if (n.startsWith("snapshot-") && !n.equals("snapshot-" + sequence)) {
                volume.delete(folder + "/" + n);
            }
        }
    }

    /**
     * The replica's process dies: records not yet forced are lost, and nothing more is written.
     * A force under way finishes first, as the disk would finish it.
     */
    public synchronized void crash() {
        while (flushing) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        closed = true;
        pending.clear();
        closeQuietly();
    }

    /** Closes the files once what waits is forced. */
    public void close() {
        flush();
        synchronized (this) {
            closed = true;
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            wal.close();
            if (epochFile != null) {
                epochFile.close();
            }
        } catch (IOException e) {
            // the store is done either way
        }
    }

    public String folder() {
        return folder;
    }
}
