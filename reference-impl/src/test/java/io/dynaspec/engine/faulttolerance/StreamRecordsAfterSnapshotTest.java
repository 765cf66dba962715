package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamShard;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.DiskVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A stream's records survive a power cut that comes after a replica folded their entries into a
 * snapshot: DynamoDB Streams shows each change exactly once (Streams.html, "each stream record
 * appears exactly once in the stream"), so the record of an acknowledged write must be on disk
 * before the last replica log that holds its entry lets it go. The records file is forced before
 * a replica's snapshot drops entries from its log, and a replica snapshots only at a position the
 * group acknowledged, so that every entry a snapshot holds already has its record.
 */
class StreamRecordsAfterSnapshotTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    /** Small, so that every replica writes snapshots within a few dozen writes. */
    private static final long SNAPSHOT_BYTES = 600;

    @Test
    void everyAcknowledgedWriteKeepsItsRecordWhenThePowerIsCutAfterASnapshot() throws IOException {
        for (boolean tear : new boolean[] {false, true}) {
            CrashingVolume volume = new CrashingVolume();
            Cluster c = new Cluster(AckRule.QUORUM, 5, 4);
            c.openData(DataDirectory.inline(volume, SNAPSHOT_BYTES));
            Table t = c.createTable(TableMetadata.of("T", KEY, 1));
            t.enableStream(StreamViewType.NEW_IMAGE);
            List<String> acknowledged = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                String value = "v" + i;
                t.write(key("k" + (i % 5)), Precondition.NONE, Mutation.put(item("k" + (i % 5), value)));
                acknowledged.add(value);
            }
            assertTrue(volume.names().stream().filter(n -> n.contains("/snapshot-")).count() >= 3,
                    "every replica wrote a snapshot: " + volume.names());
            volume.powerOff();
            CrashingVolume after = volume.afterPowerLoss(new Random(11), tear);

            Cluster restarted = new Cluster(AckRule.QUORUM, 5, 4);
            restarted.openData(DataDirectory.inline(after, SNAPSHOT_BYTES));
            StreamShard shard = restarted.table("T").stream().shards().get(0);
            List<StreamRecord> records = shard.recordsFrom(0, Integer.MAX_VALUE);
            List<String> shown = new ArrayList<>();
            for (StreamRecord r : records) {
                shown.add(((AttributeValue.S) r.newImage().get("v")).value());
            }
            assertEquals(acknowledged, shown, (tear ? "torn: " : "") + "the records after the power cut");
        }
    }

    /**
     * On a disk, with logs forced by background group commit under 16 concurrent writers, a
     * replica waits for the commit point to write its snapshot: each still writes them as its log
     * outgrows the size, so the files stay bounded; and after a restart the stream shows every
     * write once.
     */
    @Test
    void underConcurrentWritersOnADiskEveryReplicaStillWritesSnapshots(@TempDir Path dir) throws Exception {
        int writers = 16;
        int each = 150;
        long snapshotBytes = 4096;
        DataDirectory[] data = new DataDirectory[1];
        DiskVolume volume = new DiskVolume(dir);
        data[0] = new DataDirectory(volume, GroupCommit.background(GroupCommit.DEFAULT_THREADS, GroupCommit.DEFAULT_MAX_BATCH_BYTES, 0,
                t -> { }), snapshotBytes, t -> { });
        Cluster c = new Cluster(AckRule.QUORUM, 9, 64);
        c.openData(data[0]);
        Table t = c.createTable(TableMetadata.of("T", KEY, 1));
        t.enableStream(StreamViewType.NEW_IMAGE);
        List<Thread> threads = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Thread th = new Thread(() -> {
                try {
                    for (int i = 0; i < each; i++) {
                        t.write(key("k" + writer), Precondition.NONE, Mutation.put(item("k" + writer, writer + "-" + i)));
                    }
                } catch (Throwable e) {
                    failures.add(e);
                }
            });
            th.start();
            threads.add(th);
        }
        for (Thread th : threads) {
            th.join();
        }
        assertEquals(List.of(), failures);
        for (String zone : List.of("a", "b", "c")) {
            String folder = "tables/1/p0/" + zone;
            List<String> files = volume.list(folder);
            long snapshot = files.stream().filter(n -> n.startsWith("snapshot-")).mapToLong(n -> Long.parseLong(n.substring(9))).max()
                    .orElse(0);
            // 2,400 writes of about 40 bytes each: a snapshot every hundred or so.
            assertTrue(snapshot > writers * each / 2, "replica " + zone + " holds " + files);
            long wal = java.nio.file.Files.size(dir.resolve(folder).resolve("wal-" + snapshot + ".log"));
            assertTrue(wal < 20 * snapshotBytes, "replica " + zone + "'s log has " + wal + " bytes");
        }
        c.closeData();

        Cluster restarted = new Cluster(AckRule.QUORUM, 9, 64);
        DataDirectory again = new DataDirectory(new DiskVolume(dir), GroupCommit.background(1, GroupCommit.DEFAULT_MAX_BATCH_BYTES, 0,
                e -> { }), snapshotBytes, e -> { });
        restarted.openData(again);
        List<StreamRecord> records = restarted.table("T").stream().shards().get(0).recordsFrom(0, Integer.MAX_VALUE);
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (StreamRecord r : records) {
            assertTrue(shown.add(((AttributeValue.S) r.newImage().get("v")).value()), "twice: " + r);
        }
        assertEquals(writers * each, shown.size());
        restarted.closeData();
    }

    private static PrimaryKey key(String k) {
        return new PrimaryKey(new AttributeValue.S(k), null);
    }

    private static Item item(String key, String value) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("pk", new AttributeValue.S(key));
        m.put("v", new AttributeValue.S(value));
        return Item.of(m);
    }
}
