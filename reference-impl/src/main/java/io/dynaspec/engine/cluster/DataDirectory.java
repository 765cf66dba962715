package io.dynaspec.engine.cluster;

import io.dynaspec.engine.cluster.storage.Decoder;
import io.dynaspec.engine.cluster.storage.DiskVolume;
import io.dynaspec.engine.cluster.storage.Encoder;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.cluster.storage.Records;
import io.dynaspec.engine.cluster.storage.StoredFile;
import io.dynaspec.engine.cluster.storage.Volume;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.KeySchema;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Where an engine started with {@code --data-dir} keeps its tables: a catalog of the tables (their
 * metadata and partition maps, and what was set on them since: {@link TableSettings}), under
 * {@code tables/<id>/p<partition>/<zone>} each replica's own files
 * ({@link io.dynaspec.engine.cluster.storage.ReplicaStore}), so that one replica's disk can be lost
 * or damaged without the others', and under {@code tables/<id>/stream-<created>} the records of
 * the table's stream, one file per shard ({@link StreamShard}); under {@code retired/<n>} a
 * disabled stream within its 24 hours.
 */
public final class DataDirectory implements AutoCloseable {
    /** A replica's log is snapshotted once it grows past this many bytes. */
    public static final long DEFAULT_SNAPSHOT_BYTES = 64L << 20;
    /**
     * The log bound, unless told otherwise, as a multiple of the snapshot size: a replica writes
     * its snapshot at its commit point, and past the bound new writes to its partition wait for it.
     */
    public static final long LOG_BOUND_SNAPSHOTS = 2;
    private static final String CATALOG = "catalog";
    /**
     * The catalog's first record names its format and version. Version 1 had no such record (its
     * first held the next table number alone) and no table settings; it is still read. Version 2
     * had no stream shard rollover option; it is still read (no rollover). Version 3 had no
     * deletion protection, table class or throughput change times; it is still read (protection off,
     * no class set, no change).
     */
    private static final String CATALOG_FORMAT = "dynaspec catalog";
    private static final int CATALOG_VERSION = 4;

    private final Volume volume;
    private final GroupCommit commit;
    private final long snapshotBytes;
    private final long logBoundBytes;
    private final Consumer<Throwable> stop;
    private final Map<String, Long> tableIds = new LinkedHashMap<>();
    private long nextTableId = 1;
    private volatile Throwable failure;
    private volatile Runnable onFailure = () -> { };

    /**
     * @param commit        when logs are forced
     * @param snapshotBytes a replica's log size that makes it write a snapshot and start anew
     * @param stop          what stops the engine when a force fails (the process exits, in {@code serve})
     */
    public DataDirectory(Volume volume, GroupCommit commit, long snapshotBytes, Consumer<Throwable> stop) {
        this(volume, commit, snapshotBytes, LOG_BOUND_SNAPSHOTS * snapshotBytes, stop);
    }

    /**
     * @param logBoundBytes a replica's log size past which, while its snapshot is due, new writes
     *                      to its partition wait until it is written (at least the snapshot size)
     */
    public DataDirectory(Volume volume, GroupCommit commit, long snapshotBytes, long logBoundBytes, Consumer<Throwable> stop) {
        if (logBoundBytes < snapshotBytes) {
            throw new IllegalArgumentException("the log bound (" + logBoundBytes + " bytes) is below the snapshot size ("
                    + snapshotBytes + " bytes)");
        }
        this.volume = volume;
        this.commit = commit;
        this.snapshotBytes = snapshotBytes;
        this.logBoundBytes = logBoundBytes;
        this.stop = stop;
    }

    /** A folder of the machine's disk, logs forced by background group commit. */
    public static DataDirectory onDisk(Path folder, Consumer<Throwable> stop) throws IOException {
        DataDirectory[] self = new DataDirectory[1];
        DiskVolume volume = new DiskVolume(folder);
        GroupCommit commit = GroupCommit.background(GroupCommit.DEFAULT_THREADS, GroupCommit.DEFAULT_MAX_BATCH_BYTES, 0,
                t -> self[0].failed(t));
        self[0] = new DataDirectory(volume, commit, DEFAULT_SNAPSHOT_BYTES, stop);
        return self[0];
    }

    /** A volume whose logs are forced inline, when a group waits (deterministic tests). */
    public static DataDirectory inline(Volume volume, long snapshotBytes) {
        DataDirectory[] self = new DataDirectory[1];
        self[0] = new DataDirectory(volume, GroupCommit.inline(t -> self[0].failed(t)), snapshotBytes, t -> { });
        return self[0];
    }

    public Volume volume() {
        return volume;
    }

    GroupCommit groupCommit() {
        return commit;
    }

    long snapshotBytes() {
        return snapshotBytes;
    }

    long logBoundBytes() {
        return logBoundBytes;
    }

    /** The failure that stopped the engine's storage, or null. */
    public Throwable failure() {
        return failure;
    }

    void onFailure(Runnable r) {
        this.onFailure = r;
    }

    /** A force or a write failed: nothing more may be acknowledged. */
    void failed(Throwable t) {
        fail(t, true);
    }

    /** The process is gone under test, its power cut: as a failure, without the warning. */
    void powerCut(Throwable t) {
        fail(t, false);
    }

    private void fail(Throwable t, boolean warn) {
        synchronized (this) {
            if (failure != null) {
                return;
            }
            failure = t;
        }
        if (warn) {
            System.err.println("dynaspec: writing the data directory failed (" + t + "): stopping rather than acknowledging writes");
        }
        onFailure.run();
        stop.accept(t);
    }

    String replicaFolder(String table, int partition, AvailabilityZone zone) {
        return tableFolder(table) + "/p" + partition + "/" + zone.label();
    }

    /** The folder of a table the catalog names (or that CreateTable is adding). */
    String tableFolder(String table) {
        return "tables/" + tableIds.get(table);
    }

    /** The first record of a disabled stream's description: what it is and its format's version. */
    private static final String RETIRED_FORMAT = "dynaspec disabled stream";
    private static final int RETIRED_VERSION = 1;
    private long nextRetired = 1;

    /**
     * Writes a disabled stream to {@code retired/<n>}: each closed shard's records, then its
     * description (table, key, view type, creation and disabling times, shard ids) under a
     * temporary name, forced and renamed. A folder without its description is an unfinished one,
     * removed at the next start. Returns the folder.
     */
    synchronized String saveRetired(String table, KeySchema key, TableStream stream) throws IOException {
        String folder = "retired/" + nextRetired++;
        List<ShardLog> shards = stream.logs();
        for (int i = 0; i < shards.size(); i++) {
            shards.get(i).saveClosed(volume, folder + "/p" + i);
        }
        String tmp = folder + "/stream.tmp";
        try (StoredFile f = volume.open(tmp)) {
            Records.Batch b = new Records.Batch();
            b.add(new Encoder(64).writeString(RETIRED_FORMAT).writeLong(RETIRED_VERSION));
            Encoder e = new Encoder(256).writeString(table);
            write(e, key);
            e.writeString(stream.viewType().name()).writeLong(stream.created()).writeLong(stream.disabledMillis());
            e.writeStrings(shards.stream().map(ShardLog::id).toList());
            b.add(e);
            b.writeTo(f);
            f.force();
        }
        volume.rename(tmp, folder + "/stream");
        return folder;
    }

    /**
     * The disabled streams kept in {@code retired/} whose 24 hours have not passed on the engine's
     * clock; the others, and unfinished folders, are removed. A damaged description or shard file
     * is refused.
     */
    synchronized List<Cluster.RetiredStream> loadRetired(Cluster cluster) throws IOException {
        List<Cluster.RetiredStream> found = new ArrayList<>();
        List<Long> numbers = new ArrayList<>();
        for (String name : volume.folders("retired")) {
            numbers.add(Long.parseLong(name));
        }
        java.util.Collections.sort(numbers);
        for (long n : numbers) {
            nextRetired = Math.max(nextRetired, n + 1);
            String folder = "retired/" + n;
            if (!volume.exists(folder + "/stream")) {
                volume.deleteFolder(folder);
                continue;
            }
            List<byte[]> payloads = new ArrayList<>();
            Records.Scan scan;
            try (StoredFile f = volume.open(folder + "/stream")) {
                scan = Records.read(f, payloads::add);
            }
            if (scan.ending() != Records.Ending.CLEAN || payloads.size() != 2) {
                throw new IOException("the disabled stream in " + this + " (" + folder + ") is damaged");
            }
            Cluster.RetiredStream r;
            try {
                Decoder h = new Decoder(payloads.get(0));
                String format = h.readString();
                long version = h.readLong();
                if (!RETIRED_FORMAT.equals(format) || version != RETIRED_VERSION) {
                    throw new IllegalStateException("format " + format + " version " + version);
                }
                Decoder d = new Decoder(payloads.get(1));
                String table = d.readString();
                KeySchema key = readKeySchema(d);
                StreamViewType viewType = StreamViewType.valueOf(d.readString());
                long created = d.readLong();
                long disabled = d.readLong();
                List<String> ids = d.readStrings();
                List<ShardLog> shards = new ArrayList<>();
                TableStream.Stamps stamps = new TableStream.Stamps(created);
                for (int i = 0; i < ids.size(); i++) {
                    shards.add(ShardLog.readClosed(ids.get(i), i, cluster, volume, folder + "/p" + i, stamps));
                }
                r = new Cluster.RetiredStream(table, key, TableStream.disabled(viewType, created, disabled, shards), folder);
            } catch (RuntimeException e) {
                throw new IOException("the disabled stream in " + this + " (" + folder + ") cannot be read (" + e.getMessage() + ")", e);
            }
            if (r.stream().expired(cluster.clock().millis())) {
                volume.deleteFolder(folder);
            } else {
                found.add(r);
            }
        }
        return found;
    }

    /** A table as the catalog keeps it: what it is and what was set on it since. */
    record Stored(TableMetadata metadata, TableSettings settings) {
    }

    /** Gives a new table its folder's number. */
    synchronized void assign(String table) {
        tableIds.put(table, nextTableId++);
    }

    synchronized void forget(String table) throws IOException {
        Long id = tableIds.remove(table);
        if (id != null) {
            volume.deleteFolder("tables/" + id);
        }
    }

    /** Writes the catalog anew: atomically, so that a restart finds the old one or the new one. */
    synchronized void saveCatalog(List<Table> tables) {
        try {
            String tmp = CATALOG + ".tmp";
            volume.delete(tmp);
            try (StoredFile f = volume.open(tmp)) {
                Records.Batch b = new Records.Batch();
                Encoder e = new Encoder(512);
                e.writeString(CATALOG_FORMAT).writeLong(CATALOG_VERSION).writeLong(nextTableId);
                b.add(e);
                for (Table t : tables) {
                    e.reset().writeLong(tableIds.get(t.name()));
                    write(e, t.metadata());
                    write(e, t.settings());
                    b.add(e);
                }
                b.writeTo(f);
                f.force();
            }
            volume.rename(tmp, CATALOG);
        } catch (IOException e) {
            failed(e);
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The tables of the catalog, in the order saved; the folders of tables not in it are removed.
     * A damaged catalog, or one in a format this engine does not read, is refused: nothing is
     * removed and the engine does not start.
     */
    synchronized List<Stored> loadCatalog() throws IOException {
        List<Stored> tables = new ArrayList<>();
        if (volume.exists(CATALOG)) {
            long[] version = {0};
            try (StoredFile f = volume.open(CATALOG)) {
                Records.Scan scan = Records.read(f, payload -> {
                    Decoder d = new Decoder(payload);
                    if (version[0] == 0) {
                        version[0] = readCatalogHeader(payload);
                        return;
                    }
                    long id = d.readLong();
                    TableMetadata t = readMetadata(d);
                    TableSettings settings = version[0] >= 2 ? readSettings(d, version[0]) : TableSettings.NONE;
                    if (!d.atEnd()) {
                        throw new IllegalStateException("table " + t.name() + " has bytes past its settings");
                    }
                    tableIds.put(t.name(), id);
                    tables.add(new Stored(t, settings));
                });
                if (scan.ending() != Records.Ending.CLEAN) {
                    throw new IOException("the catalog of tables in " + this + " is damaged at byte " + scan.validLength()
                            + " (" + scan.ending() + "); refusing to start rather than lose tables");
                }
            } catch (RuntimeException e) {
                throw new IOException("the catalog of tables in " + this + " cannot be read (" + e.getMessage()
                        + "); refusing to start rather than lose tables", e);
            }
        }
        for (String folder : volume.folders("tables")) {
            if (!tableIds.containsValue(Long.parseLong(folder))) {
                volume.deleteFolder("tables/" + folder);
            }
        }
        volume.delete(CATALOG + ".tmp");
        return tables;
    }

    /** The first record's version; sets the next table number. */
    private long readCatalogHeader(byte[] payload) {
        Decoder d = new Decoder(payload);
        long first = d.readLong();
        if (d.atEnd()) {
            nextTableId = first;
            return 1;
        }
        d = new Decoder(payload);
        String format = d.readString();
        long version = d.readLong();
        if (!CATALOG_FORMAT.equals(format)) {
            throw new IllegalStateException("its first record does not name the catalog format");
        }
        if (version < 2 || version > CATALOG_VERSION) {
            throw new IllegalStateException("it is in version " + version + " of the format; this engine reads versions 1 to "
                    + CATALOG_VERSION);
        }
        nextTableId = d.readLong();
        return version;
    }

    private static void write(Encoder e, TableSettings s) {
        e.writeLong(s.tags().size());
        s.tags().forEach((k, v) -> e.writeString(k).writeString(v));
        e.writeOptionalString(s.timeToLive().attributeName()).writeLong(s.timeToLive().changedMillis());
        e.writeLong(s.itemCollectionLimit());
        e.writeStrings(new ArrayList<>(new java.util.TreeSet<>(s.backfilled())));
        e.writeByte(s.stream() == null ? 0 : 1);
        if (s.stream() != null) {
            e.writeString(s.stream().viewType().name()).writeLong(s.stream().created());
        }
        e.writeLong(s.streamShardRecords());
        e.writeByte(s.deletionProtection() ? 1 : 0);
        e.writeOptionalString(s.tableClass() == null ? null : s.tableClass().name());
        if (s.tableClass() != null) {
            e.writeLong(s.tableClass().changedMillis());
        }
        write(e, s.throughputHistory().table());
        e.writeLong(s.throughputHistory().indexes().size());
        s.throughputHistory().indexes().forEach((name, c) -> {
            e.writeString(name);
            write(e, c);
        });
    }

    private static void write(Encoder e, Table.ThroughputChanges c) {
        e.writeLong(c.lastIncreaseMillis()).writeLong(c.lastDecreaseMillis()).writeLong(c.decreasesThatDay());
    }

    private static Table.ThroughputChanges readThroughputChanges(Decoder d) {
        return new Table.ThroughputChanges(d.readLong(), d.readLong(), (int) d.readLong());
    }

    private static Table.ThroughputHistory readThroughputHistory(Decoder d) {
        Table.ThroughputChanges table = readThroughputChanges(d);
        int n = (int) d.readLong();
        Map<String, Table.ThroughputChanges> indexes = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String name = d.readString();
            indexes.put(name, readThroughputChanges(d));
        }
        return new Table.ThroughputHistory(table, java.util.Collections.unmodifiableMap(indexes));
    }

    private static TableSettings readSettings(Decoder d, long version) {
        int n = (int) d.readLong();
        Map<String, String> tags = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String k = d.readString();
            tags.put(k, d.readString());
        }
        TimeToLive ttl = new TimeToLive(d.readOptionalString(), d.readLong());
        long limit = d.readLong();
        java.util.Set<String> backfilled = new java.util.LinkedHashSet<>(d.readStrings());
        TableSettings.StreamSetting stream = null;
        if (d.readByte() == 1) {
            stream = new TableSettings.StreamSetting(StreamViewType.valueOf(d.readString()), d.readLong());
        }
        long shardRecords = version >= 3 ? d.readLong() : 0;
        boolean protection = version >= 4 && d.readByte() == 1;
        String tableClass = version >= 4 ? d.readOptionalString() : null;
        Table.TableClass cls = tableClass == null ? null : new Table.TableClass(tableClass, d.readLong());
        Table.ThroughputHistory changes = version >= 4 ? readThroughputHistory(d) : Table.ThroughputHistory.NONE;
        return new TableSettings(tags, ttl, limit, backfilled, stream, shardRecords, protection, cls, changes);
    }

    private static void write(Encoder e, TableMetadata t) {
        e.writeString(t.name());
        write(e, t.keySchema());
        e.writeLong(t.attributeDefinitions().size());
        t.attributeDefinitions().forEach((name, type) -> e.writeString(name).writeByte(type.ordinal()));
        e.writeString(t.billingMode()).writeLong(t.readCapacityUnits()).writeLong(t.writeCapacityUnits());
        write(e, t.localIndexes());
        write(e, t.globalIndexes());
        e.writeLong(t.created().getEpochSecond()).writeLong(t.created().getNano()).writeLong(t.partitionCount());
    }

    private static void write(Encoder e, KeySchema k) {
        e.writeString(k.partitionName()).writeByte(k.partitionType().ordinal());
        e.writeOptionalString(k.sortName());
        if (k.sortName() != null) {
            e.writeByte(k.sortType().ordinal());
        }
    }

    private static void write(Encoder e, List<TableMetadata.IndexDefinition> indexes) {
        e.writeLong(indexes.size());
        for (TableMetadata.IndexDefinition d : indexes) {
            e.writeString(d.name());
            write(e, d.keySchema());
            e.writeString(d.projectionType());
            e.writeStrings(d.nonKeyAttributes() == null ? List.of() : d.nonKeyAttributes());
            e.writeLong(d.readCapacityUnits()).writeLong(d.writeCapacityUnits());
        }
    }

    private static TableMetadata readMetadata(Decoder d) {
        String name = d.readString();
        KeySchema key = readKeySchema(d);
        int n = (int) d.readLong();
        Map<String, AttributeType> defs = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String a = d.readString();
            defs.put(a, AttributeType.values()[d.readByte()]);
        }
        String billing = d.readString();
        long rcu = d.readLong();
        long wcu = d.readLong();
        List<TableMetadata.IndexDefinition> lsis = readIndexes(d);
        List<TableMetadata.IndexDefinition> gsis = readIndexes(d);
        Instant created = Instant.ofEpochSecond(d.readLong(), d.readLong());
        return new TableMetadata(name, key, defs, billing, rcu, wcu, lsis, gsis, created, (int) d.readLong());
    }

    private static KeySchema readKeySchema(Decoder d) {
        String p = d.readString();
        AttributeType pt = AttributeType.values()[d.readByte()];
        String s = d.readOptionalString();
        return new KeySchema(p, pt, s, s == null ? null : AttributeType.values()[d.readByte()]);
    }

    private static List<TableMetadata.IndexDefinition> readIndexes(Decoder d) {
        int n = (int) d.readLong();
        List<TableMetadata.IndexDefinition> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String name = d.readString();
            KeySchema k = readKeySchema(d);
            String projection = d.readString();
            List<String> nonKey = d.readStrings();
            l.add(new TableMetadata.IndexDefinition(name, k, projection, nonKey, d.readLong(), d.readLong()));
        }
        return l;
    }

    @Override
    public void close() {
        commit.close();
        if (volume instanceof DiskVolume v) {
            try {
                v.release();
            } catch (IOException e) {
                // the process lets go of it when it ends either way
            }
        }
    }

    @Override
    public String toString() {
        return volume instanceof DiskVolume v ? v.root().toString() : "a volume";
    }
}
