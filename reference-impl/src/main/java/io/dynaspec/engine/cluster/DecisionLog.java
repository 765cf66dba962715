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
 * <p>
 * A decision of a transaction that carried a ClientRequestToken holds the token too (record
 * {@code COMMIT_WITH_TOKEN}); the ledger keeps the token (record {@code TOKEN}) after the
 * decision is done, until its 10-minute window has closed, so that a retry after a restart
 * changes nothing ({@link ClientTokens}). Records of an unknown type are refused: the ledger was
 * written by a newer engine.
 */
final class DecisionLog {
    private static final String NAME = "transactions.log";
    private static final int COMMIT = 1, DONE = 2, COMMIT_WITH_TOKEN = 3, TOKEN = 4;
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
    /** The tokens of decided transactions within their window: token to its TOKEN record. */
    private final Map<String, Kept> tokens = new LinkedHashMap<>();
    private final ClientTokens clientTokens;

    /** A token the ledger keeps: when its transaction was decided, and the record that says so. */
    private record Kept(long decidedMillis, byte[] record) {
    }

    private DecisionLog(Volume volume, DataDirectory data, ClientTokens clientTokens) {
        this.volume = volume;
        this.data = data;
        this.clientTokens = clientTokens;
    }

    /**
     * Reads the ledger: the commit decisions not marked done, by transaction; the tokens still
     * within their window go back to {@code clientTokens}.
     */
    static DecisionLog open(DataDirectory data, Map<Long, List<Write>> decided, ClientTokens clientTokens) throws IOException {
        DecisionLog log = new DecisionLog(data.volume(), data, clientTokens);
        if (data.volume().exists(NAME)) {
            try (StoredFile f = data.volume().open(NAME)) {
                Records.read(f, payload -> {
                    Decoder d = new Decoder(payload);
                    int type = d.readByte();
                    if (type == TOKEN) {
                        log.keep(d.readString(), d.readString(), d.readLong());
                        return;
                    }
                    long t = d.readLong();
                    if (type == COMMIT || type == COMMIT_WITH_TOKEN) {
                        int n = (int) d.readLong();
                        List<Write> writes = new ArrayList<>(n);
                        for (int i = 0; i < n; i++) {
                            String table = d.readString();
                            PrimaryKey key = d.readKey();
                            boolean checkOnly = d.readByte() == 1;
                            writes.add(new Write(table, key, d.readItem(), checkOnly));
                        }
                        if (type == COMMIT_WITH_TOKEN) {
                            log.keep(d.readString(), d.readString(), d.readLong());
                        }
                        decided.put(t, writes);
                        log.open.put(t, payload);
                    } else if (type == DONE) {
                        decided.remove(t);
                        log.open.remove(t);
                    } else {
                        throw new IllegalStateException("record type " + type);
                    }
                });
            } catch (RuntimeException e) {
                throw new IOException("the transaction ledger in " + data + " cannot be read (" + e.getMessage()
                        + "); refusing to start rather than decide its transactions wrongly", e);
            }
        }
        log.tokens.values().removeIf(k -> !clientTokens.withinWindow(k.decidedMillis));
        log.rewrite();
        return log;
    }

    /** A token of a decided transaction: kept while its window is open, and known to the engine again. */
    private void keep(String token, String fingerprint, long decidedMillis) {
        byte[] record = new Encoder(128).writeByte(TOKEN).writeString(token).writeString(fingerprint).writeLong(decidedMillis)
                .toByteArray();
        tokens.put(token, new Kept(decidedMillis, record));
        clientTokens.restore(token, fingerprint, decidedMillis, Boolean.TRUE);
    }

    /** Forces a commit decision; returns once it is on disk. */
    synchronized void committing(long transaction, List<Write> writes) {
        committing(transaction, writes, null);
    }

    /**
     * Forces a commit decision with the ClientRequestToken its request held, if any, and the
     * engine's time; returns once it is on disk.
     */
    synchronized void committing(long transaction, List<Write> writes, ClientTokens.Held token) {
        long nowMillis = clientTokens.now();
        Encoder e = new Encoder(256).writeByte(token == null ? COMMIT : COMMIT_WITH_TOKEN).writeLong(transaction).writeLong(writes.size());
        for (Write w : writes) {
            e.writeString(w.table()).writeKey(w.key()).writeByte(w.checkOnly() ? 1 : 0).writeItem(w.item());
        }
        if (token != null) {
            e.writeString(token.token()).writeString(token.fingerprint()).writeLong(nowMillis);
            tokens.values().removeIf(k -> !clientTokens.withinWindow(k.decidedMillis));
            tokens.put(token.token(), new Kept(nowMillis, new Encoder(128).writeByte(TOKEN).writeString(token.token())
                    .writeString(token.fingerprint()).writeLong(nowMillis).toByteArray()));
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

    /** Writes the open decisions and the tokens within their window alone, atomically. */
    private void rewrite() throws IOException {
        String tmp = NAME + ".tmp";
        volume.delete(tmp);
        Records.Batch b = new Records.Batch();
        Encoder e = new Encoder(256);
        tokens.values().removeIf(k -> !clientTokens.withinWindow(k.decidedMillis));
        List<byte[]> records = new ArrayList<>();
        tokens.values().forEach(k -> records.add(k.record));
        records.addAll(open.values());
        try (StoredFile f = volume.open(tmp)) {
            for (byte[] record : records) {
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
