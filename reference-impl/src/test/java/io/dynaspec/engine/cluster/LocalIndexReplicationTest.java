package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A local secondary index entry is written by the same log entry as its base item (LSI.html: the
 * index is "kept in sync" with its table), so every replica keeps the index as it keeps the items:
 * a follower that received the entry has the index entry, a new leader after a failover has it,
 * a recovered zone catches it up, and a strongly consistent read through the index sees no write
 * that waits for its quorum.
 */
class LocalIndexReplicationTest {
    private static final KeySchema KEYS = new KeySchema("pk", AttributeType.S, "sk", AttributeType.S);
    private static final TableMetadata.IndexDefinition BY_VAL =
            new TableMetadata.IndexDefinition("ByVal", new KeySchema("pk", AttributeType.S, "val", AttributeType.N), "KEYS_ONLY",
                    List.of(), 0, 0);
    private static final AttributeValue PK = new AttributeValue.S("k1");

    private static Table table(Cluster cluster) {
        TableMetadata plain = TableMetadata.of("T", KEYS, 1);
        return cluster.createTable(new TableMetadata(plain.name(), KEYS, Map.of("pk", AttributeType.S, "sk", AttributeType.S,
                "val", AttributeType.N), "PAY_PER_REQUEST", 0, 0, List.of(BY_VAL), List.of(), Instant.EPOCH, 1));
    }

    private static PrimaryKey key(String sk) {
        return new PrimaryKey(PK, new AttributeValue.S(sk));
    }

    private static Item item(String sk, String val) {
        return val == null ? Item.of(Map.of("pk", PK, "sk", new AttributeValue.S(sk), "other", new AttributeValue.S("x")))
                : Item.of(Map.of("pk", PK, "sk", new AttributeValue.S(sk), "val", AttributeValue.N.of(val),
                "other", new AttributeValue.S("x")));
    }

    /** The table sort keys of the index's entries, in index order, as a view sees them. */
    private static List<String> indexOrder(PartitionView view) {
        List<String> out = new ArrayList<>();
        view.localIndex("ByVal", PK).values().forEach(bySort -> bySort.values().forEach(
                e -> out.add(((AttributeValue.S) e.get("sk")).value())));
        return out;
    }

    private static void put(Table table, String sk, String val) {
        table.write(key(sk), Precondition.NONE, Mutation.put(item(sk, val)));
    }

    @Test
    void everyReplicaOrdersEntriesByIndexSortKeyThenTableSortKeyAndSkipsItemsWithoutIt() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        put(table, "a", "3");
        put(table, "b", "1");
        put(table, "c", null);
        put(table, "d", "3");
        put(table, "e", "2");
        PartitionGroup group = table.partitions().get(0);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(List.of("b", "e", "a", "d"), indexOrder(group.replica(z)), "replica " + z);
        }
        Item entry = group.replica(AvailabilityZone.B).localIndex("ByVal", PK).firstEntry().getValue().firstEntry().getValue();
        assertEquals(Item.of(Map.of("pk", PK, "sk", new AttributeValue.S("b"), "val", AttributeValue.N.of("1"))), entry,
                "KEYS_ONLY: the table key and the index key, nothing else");

        // Changing the index key moves the entry; removing the attribute or the item drops it.
        put(table, "a", "0");
        put(table, "d", null);
        table.write(key("e"), Precondition.NONE, Mutation.DELETE);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(List.of("a", "b"), indexOrder(group.replica(z)), "replica " + z);
        }
    }

    @Test
    void aNewLeaderAndARecoveredZoneHoldTheEntriesOfAcknowledgedWrites() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        put(table, "a", "2");
        put(table, "b", "1");
        assertEquals(List.of(), indexOrder(group.replica(AvailabilityZone.C)), "C has received nothing");

        cluster.faults().failAz(AvailabilityZone.A);
        assertEquals(AvailabilityZone.B, group.leaderZone());
        assertEquals(List.of("b", "a"), group.readItems(true, LocalIndexReplicationTest::indexOrder));

        cluster.scheduler().release(AvailabilityZone.C);
        cluster.faults().recoverAz(AvailabilityZone.A);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(List.of("b", "a"), indexOrder(group.replica(z)), "replica " + z);
        }
    }

    @Test
    void aConsistentReadThroughTheIndexSeesNoPendingWrite() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        PartitionGroup group = table.partitions().get(0);
        put(table, "a", "5");
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> put(table, "a", "0"));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the put reached the leader");

        assertEquals(List.of("a"), indexOrder(group.replica(AvailabilityZone.A)), "the leader has applied it");
        assertEquals(AttributeValue.N.of("0"), group.replica(AvailabilityZone.A).localIndex("ByVal", PK).firstKey());
        var committed = group.readItems(true, view -> view.localIndex("ByVal", PK));
        assertEquals(List.of(AttributeValue.N.of("5")), List.copyOf(committed.keySet()), "the committed entry is the old one");

        cluster.scheduler().release(AvailabilityZone.B);
        client.get(10, TimeUnit.SECONDS);
        var after = group.readItems(true, view -> view.localIndex("ByVal", PK));
        assertEquals(List.of(AttributeValue.N.of("0")), List.copyOf(after.keySet()));
    }
}
