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
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The feed of recent writes the console shows: every single-item write that reaches a table,
 * with how it ended — acknowledged at its log position, refused with the error its client got,
 * or cut from the log by a failover before two replicas held it (the seed: "IF the primary
 * partition fails, another partition in another AZ becomes the primary").
 */
class WriteFeedTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    private static PrimaryKey key(String pk) {
        return new PrimaryKey(new AttributeValue.S(pk), null);
    }

    private static Mutation put(String pk) {
        return Mutation.put(Item.of(Map.of("pk", new AttributeValue.S(pk))));
    }

    @Test
    void acknowledgedAndRefusedWritesAreListedNewestFirst() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("Employee", KEY, 4));
        table.write(key("irenes"), Precondition.NONE, put("irenes"));
        // attribute_not_exists on an item that exists: ConditionalCheckFailedException.
        assertThrows(DynamoException.class, () -> table.write(key("irenes"), existing -> existing == null, put("irenes")));
        table.write(key("irenes"), Precondition.NONE, Mutation.DELETE);

        List<WriteFeed.Write> feed = cluster.writeFeed().latest(10);
        assertEquals(3, feed.size());
        int partition = table.partitionFor(key("irenes")).index();
        WriteFeed.Write deleted = feed.get(0);
        WriteFeed.Write refused = feed.get(1);
        WriteFeed.Write put = feed.get(2);
        assertEquals(List.of(3L, 2L, 1L), feed.stream().map(WriteFeed.Write::number).toList());
        assertEquals(WriteFeed.Outcome.ACKNOWLEDGED, put.outcome());
        assertEquals("Employee", put.table());
        assertEquals(partition, put.partition());
        assertEquals(key("irenes"), put.key());
        assertEquals(1, put.epoch());
        assertEquals(1, put.sequence());
        assertNull(put.reason());
        assertEquals(WriteFeed.Outcome.REFUSED, refused.outcome());
        assertEquals("ConditionalCheckFailedException: The conditional request failed", refused.reason());
        assertEquals(WriteFeed.Outcome.ACKNOWLEDGED, deleted.outcome());
        assertTrue(deleted.deleted());
        assertEquals(2, deleted.sequence());
    }

    @Test
    void aWriteWithoutQuorumIsRefused() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        cluster.faults().failAz(AvailabilityZone.A);
        cluster.faults().failAz(AvailabilityZone.B);
        assertThrows(DynamoException.class, () -> table.write(key("k"), Precondition.NONE, put("k")));
        WriteFeed.Write w = cluster.writeFeed().latest(1).get(0);
        assertEquals(WriteFeed.Outcome.REFUSED, w.outcome());
        assertTrue(w.reason().startsWith("InternalServerError: "), w.reason());
    }

    @Test
    void aWriteCutByAFailoverIsReportedCut() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<WriteOutcome> write = CompletableFuture.supplyAsync(() -> table.write(key("k"), Precondition.NONE, put("k")));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the write reached the leader in AZ a");
        // Only the leader holds it; AZ a fails, b or c leads a new epoch without it.
        cluster.faults().failAz(AvailabilityZone.A);
        assertThrows(ExecutionException.class, () -> write.get(10, TimeUnit.SECONDS));
        WriteFeed.Write w = cluster.writeFeed().latest(1).get(0);
        assertEquals(WriteFeed.Outcome.CUT, w.outcome());
        // Cut, not refused: the client got DynamoDB's retryable InternalServerError.
        assertTrue(w.reason().startsWith("InternalServerError: "), w.reason());
    }

    @Test
    void onlyTheLatestWritesAreKept() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 2));
        int writes = Cluster.WRITE_FEED_CAPACITY + 10;
        for (int i = 0; i < writes; i++) {
            table.write(key("k" + i), Precondition.NONE, put("k" + i));
        }
        List<WriteFeed.Write> feed = cluster.writeFeed().latest(Integer.MAX_VALUE);
        assertEquals(Cluster.WRITE_FEED_CAPACITY, feed.size());
        assertEquals(writes, cluster.writeFeed().recorded());
        assertEquals(key("k" + (writes - 1)), feed.get(0).key());
        assertEquals(key("k10"), feed.get(feed.size() - 1).key());
        assertEquals(5, cluster.writeFeed().latest(5).size());
    }
}
