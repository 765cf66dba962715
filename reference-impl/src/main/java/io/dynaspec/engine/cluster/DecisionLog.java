package io.dynaspec.engine.cluster;

import io.dynaspec.engine.cluster.storage.Decoder;
import io.dynaspec.engine.cluster.storage.Encoder;
import io.dynaspec.engine.cluster.storage.Records;
import io.dynaspec.engine.cluster.storage.StoredFile;
import io.dynaspec.engine.cluster.storage.Volume;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The transaction coordinator's durable ledger (Idziorek et al., USENIX ATC 2023): a commit
 * decision is forced here, with each item's new value, before any partition gets its COMMIT
 * entry, and marked done once every partition acknowledged it. After a restart a partition whose
 * items a transaction still holds commits them if the ledger has the transaction's decision, and
 * cancels them otherwise: without a forced decision no partition can have committed.
 */
final class DecisionLog {
    private static final String NAME = "transactions.log";
    private static final int COMMIT = 1, DONE = 2;
    /** The log is written anew with the open decisions alone once it grows past this size. */
    private static final long REWRITE_BYTES = 16L << 20;

    /** One item of a committed transaction: its table, key, and new item (checkOnly: unchanged). */
    record Write(String table, PrimaryKey key, Item item, boolean checkOnly) {
    }

    private final Volume volume;
    private final DataDirectory data;
    private StoredFile file;
    private long bytes;
    /** The decisions not yet done everywhere, as their records. */
    private final Map<Long, byte[]> open = new LinkedHashMap<>();

    private DecisionLog(Volume volume, DataDirectory data) {
        this.volume = volume;
        this.data = data;
    }

    /** Reads the ledger: the commit decisions not marked done, by transaction. */
    static DecisionLog open(DataDirectory data, Map<Long, List<Write>> decided) throws IOException {
        DecisionLog log = new DecisionLog(data.volume(), data);
        if (data.volume().exists(NAME)) {
            try (StoredFile f = data.volume().open(NAME)) {
                Records.read(f, payload -> {
                    Decoder d = new Decoder(payload);
                    int type = d.readByte();
                    long t = d.readLong();
                    if (type == COMMIT) {
                        int n = (int) d.readLong();
                        List<Write> writes = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            String table = d.readString();
                            PrimaryKey key = d.readKey();
                            boolean checkOnly = d.readByte() == 1;
                            writes.add(new Write(table, key, d.readItem(), checkOnly));
                        }
                        decided.put(t, writes);
                        log.open.put(t, payload);
                    } else {
                        decided.remove(t);
                        log.open.remove(t);
                    }
                });
            }
        }
        log.rewrite();
        return log;
    }

    /** Forces a commit decision; returns once it is on disk. */
    synchronized void committing(long transaction, List<Write> writes) {
        Encoder e = new Encoder(256).writeByte(COMMIT).writeLong(transaction).writeLong(writes.size());
        for (Write w : writes) {
            e.writeString(w.table()).writeKey(w.key()).writeByte(w.checkOnly() ? 1 : 0).writeItem(w.item());
        }
        open.put(transaction, e.toByteArray());
        append(e, true);
    }

    /** The decision reached every partition: it need not be read again. */
    synchronized void done(long transaction) {
        if (open.remove(transaction) == null) {
            return;
        }
        append(new Encoder(16).writeByte(DONE).writeLong(transaction), false);
        if (bytes > REWRITE_BYTES) {
            try {
                rewrite();
            } catch (IOException e) {
                data.failed(e);
                throw new UncheckedIOException(e);
            }
        }
    }

    private void append(Encoder e, boolean force) {
        Records.Batch b = new Records.Batch();
        b.add(e);
        try {
            b.writeTo(file);
            if (force) {
                file.force();
            }
            bytes += b.length();
        } catch (IOException x) {
            data.failed(x);
            throw new UncheckedIOException(x);
        }
    }

    /** Writes the open decisions alone, atomically. */
    private void rewrite() throws IOException {
        String tmp = NAME + ".tmp";
        volume.delete(tmp);
        Records.Batch b = new Records.Batch();
        Encoder e = new Encoder(256);
        try (StoredFile f = volume.open(tmp)) {
            for (byte[] record : open.values()) {
                e.reset();
                for (byte x : record) {
                    e.writeByte(x);
                }
                b.add(e);
            }
            b.writeTo(f);
            f.force();
        }
        if (file != null) {
            file.close();
        }
        volume.rename(tmp, NAME);
        file = volume.open(NAME);
        bytes = b.length();
    }

    synchronized void close() {
        try {
            if (file != null) {
                file.close();
            }
        } catch (IOException e) {
            // done either way
        }
    }
}
