package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A shard is the stream of its partition group's committed log, as spec/Streams.tla states it:
 * records of acknowledged writes only, each once, in log order, no record for a write that changed
 * nothing, and the images of consecutive records on a key chained. The story of the model's broken
 * variant, told to the engine: a write the leader appended but a failover cut never appears.
 */
class StreamShardTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);

    private static Item item(String value) {
        return Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S(value)));
    }

    private static StreamShard shardOf(Table table) {
        return table.stream().shards().get(0);
    }

    @Test
    void eachChangeOnceInCommitOrderWithItsImagesChained() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
        table.write(K, Precondition.NONE, Mutation.put(item("a")));
        table.write(K, Precondition.NONE, Mutation.put(item("a")));
        table.write(K, Precondition.NONE, Mutation.put(item("b")));
        table.write(K, Precondition.NONE, Mutation.DELETE);
        table.write(K, Precondition.NONE, Mutation.DELETE);

        List<StreamRecord> records = shardOf(table).recordsFrom(0, 100);
        assertEquals(List.of(StreamRecord.Event.INSERT, StreamRecord.Event.MODIFY, StreamRecord.Event.REMOVE),
                records.stream().map(StreamRecord::event).toList(), "the put of the same item and the second delete changed nothing");
        assertEquals(List.of(1L, 3L, 4L), records.stream().map(StreamRecord::sequence).toList());
        assertNull(records.get(0).oldImage());
        for (int i = 1; i < records.size(); i++) {
            assertEquals(records.get(i - 1).newImage(), records.get(i).oldImage(), "OldImage is the previous NewImage");
        }
        assertNull(records.get(2).newImage());
    }

    @Test
    void aWriteTheLeaderAppendedButAFailoverCutNeverAppears() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
        PartitionGroup group = table.partitions().get(0);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().hold(z);
        }
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        // Now the leader in AZ a has the put in its log, and no follower has it.
        CompletableFuture<Void> cutPut = CompletableFuture.runAsync(() -> table.write(K, Precondition.NONE, Mutation.put(item("lost"))));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the put reached the leader");
        cluster.setTrace(TraceRecorder.OFF);
        assertEquals(List.of(), shardOf(table).recordsFrom(0, 100), "appended, not acknowledged: no record yet");

        // AZ a fails; b is elected without the put, and c follows it.
        cluster.faults().failAz(AvailabilityZone.A);
        assertEquals(AvailabilityZone.B, group.leaderZone());
        cluster.scheduler().release(AvailabilityZone.C);
        ExecutionException e = assertThrows(ExecutionException.class, () -> cutPut.get(10, TimeUnit.SECONDS));
        assertInstanceOf(DynamoException.class, e.getCause());

        table.write(K, Precondition.NONE, Mutation.put(item("kept")));
        List<StreamRecord> records = shardOf(table).recordsFrom(0, 100);
        assertEquals(1, records.size(), "only the acknowledged put: " + records);
        assertEquals(item("kept"), records.get(0).newImage());
        assertNull(records.get(0).oldImage(), "the cut put never existed for the stream");
    }

    @Test
    void recordsOlderThanTwentyFourHoursAreTrimmed() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1, Cluster.DEFAULT_COMPACTION_CHUNK, Clock.fixed(1_000_000));
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        table.enableStream(StreamViewType.KEYS_ONLY);
        table.write(K, Precondition.NONE, Mutation.put(item("a")));
        cluster.clock().advance(StreamShard.RETENTION_MILLIS - 1);
        table.write(K, Precondition.NONE, Mutation.put(item("b")));
        StreamShard shard = shardOf(table);
        assertEquals(1, shard.trimHorizon());

        cluster.clock().advance(1);
        assertEquals(List.of(2L), shard.recordsFrom(0, 100).stream().map(StreamRecord::sequence).toList());
        assertEquals(2, shard.trimHorizon());
        assertTrue(shard.trimmedPast(1), "reading at the first record is reading trimmed data");
        assertEquals(3, shard.latest());
    }
}
