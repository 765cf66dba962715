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
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.io.IOException;
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
