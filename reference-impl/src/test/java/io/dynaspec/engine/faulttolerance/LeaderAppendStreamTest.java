package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.engine.cluster.StreamRecord;
import io.dynaspec.engine.cluster.StreamViewType;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
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
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * When a stream takes a write's record (spec/Streams.tla's StreamFeed): the leader in a appends a
 * put that no follower receives, then a fails and the election cuts the put. Publishing at the
 * leader's append, the stream shows the record of a write that was never acknowledged, and keeps
 * it after the cut; publishing from the commit hook, it never shows it.
 */
class LeaderAppendStreamTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);
    private static final Item PUT = Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S("v1")));

    @Test
    void publishingAtTheLeadersAppendShowsAWriteThatIsNeverAcknowledged() throws Exception {
        List<StreamRecord> records = cutPut(StreamFeed.UNSAFE_LEADER_APPEND);
        assertEquals(1, records.size(), records::toString);
        assertEquals(StreamRecord.Event.INSERT, records.get(0).event());
        assertEquals(PUT, records.get(0).newImage());
    }

    @Test
    void publishingFromTheCommitHookShowsNothingOfIt() throws Exception {
        assertEquals(List.of(), cutPut(StreamFeed.COMMITTED));
    }

    /** The story: what the shard shows while the put waits for its quorum must stay after the cut. */
    private static List<StreamRecord> cutPut(StreamFeed feed) throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.setStreamFeed(feed);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        table.enableStream(StreamViewType.NEW_AND_OLD_IMAGES);
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
        CompletableFuture<Void> put = CompletableFuture.runAsync(() -> table.write(K, Precondition.NONE, Mutation.put(PUT)));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the put reached the leader");
        cluster.setTrace(TraceRecorder.OFF);
        List<StreamRecord> whileWaiting = table.stream().shards().get(0).recordsFrom(0, 100);

        cluster.faults().failAz(AvailabilityZone.A);
        ExecutionException cut = assertThrows(ExecutionException.class, () -> put.get(10, TimeUnit.SECONDS));
        assertInstanceOf(DynamoException.class, cut.getCause(), "the put is never acknowledged");
        List<StreamRecord> after = table.stream().shards().get(0).recordsFrom(0, 100);
        assertEquals(whileWaiting, after, "a shard only grows, and the cut takes nothing back");
        return after;
    }
}
