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
 * A global secondary index is fed from its table's acknowledged writes (GSI.html, "Data
 * synchronization between tables and Global Secondary Indexes": updates propagate
 * asynchronously, in an eventually consistent fashion): it never holds a write that waits for
 * its quorum, each item's updates reach it in order, index keys need not be unique, an item
 * without the index keys is not in it, and while its propagation is held a read of it misses
 * acknowledged writes, which it takes in once released.
 */
class GlobalIndexPropagationTest {
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, "age", AttributeType.N), "KEYS_ONLY", List.of(), 0, 0);

    private static Table table(Cluster cluster) {
        return cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S, "city", AttributeType.S,
                "age", AttributeType.N), "PAY_PER_REQUEST", 0, 0, List.of(), List.of(BY_CITY), Instant.EPOCH, 4));
    }

    private static void put(Table table, String id, String city, String age) {
        Map<String, AttributeValue> attrs = new java.util.HashMap<>();
        attrs.put("id", new AttributeValue.S(id));
        attrs.put("note", new AttributeValue.S("not projected"));
        if (city != null) {
            attrs.put("city", new AttributeValue.S(city));
            attrs.put("age", AttributeValue.N.of(age));
        }
        table.write(new PrimaryKey(new AttributeValue.S(id), null), Precondition.NONE, Mutation.put(Item.of(attrs)));
    }

    /** The ids under one city, in index order, as each of the index partition's replicas holds them. */
    private static List<List<String>> idsByReplica(GlobalIndex index, String city) {
        AttributeValue pk = new AttributeValue.S(city);
        PartitionGroup group = index.partitionFor(pk);
        List<List<String>> out = new ArrayList<>();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            List<String> ids = new ArrayList<>();
            group.replica(z).localIndex(index.name(), pk).values().forEach(bySort -> bySort.values()
                    .forEach(e -> ids.add(((AttributeValue.S) e.get("id")).value())));
            out.add(ids);
        }
        return out;
    }

    private static List<List<String>> everywhere(String... ids) {
        return List.of(List.of(ids), List.of(ids), List.of(ids));
    }

    @Test
    void entriesFollowTheirItemsAcrossIndexPartitionsAndSkipItemsWithoutTheKeys() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        GlobalIndex index = table.globalIndex("ByCity");
        put(table, "u1", "Oslo", "40");
        put(table, "u2", "Oslo", "30");
        put(table, "u3", "Oslo", "40");
        put(table, "u4", null, null);
        assertEquals(everywhere("u2", "u1", "u3"), idsByReplica(index, "Oslo"), "by age, equal ages both kept");
        Item entry = index.partitionFor(new AttributeValue.S("Oslo")).replica(AvailabilityZone.A)
                .localIndex("ByCity", new AttributeValue.S("Oslo")).firstEntry().getValue().firstEntry().getValue();
        assertEquals(Item.of(Map.of("id", new AttributeValue.S("u2"), "city", new AttributeValue.S("Oslo"),
                "age", AttributeValue.N.of("30"))), entry, "KEYS_ONLY: table key and index key");

        put(table, "u1", "Lima", "40");
        table.write(new PrimaryKey(new AttributeValue.S("u3"), null), Precondition.NONE, Mutation.DELETE);
        assertEquals(everywhere("u2"), idsByReplica(index, "Oslo"));
        assertEquals(everywhere("u1"), idsByReplica(index, "Lima"));
    }

    @Test
    void anUnacknowledgedWriteNeverReachesTheIndex() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        GlobalIndex index = table.globalIndex("ByCity");
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> client = CompletableFuture.runAsync(() -> put(table, "u1", "Oslo", "40"));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the put reached its leader");
        assertEquals(List.of(List.of(), List.of(), List.of()), idsByReplica(index, "Oslo"), "pending: not in the index");

        cluster.scheduler().release(AvailabilityZone.B);
        client.get(10, TimeUnit.SECONDS);
        assertEquals(List.of("u1"), idsByReplica(index, "Oslo").get(0), "acknowledged, then propagated");
    }

    @Test
    void aHeldPropagationMissesAcknowledgedWritesThenAppliesThemInOrder() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = table(cluster);
        GlobalIndex index = table.globalIndex("ByCity");
        put(table, "u1", "Oslo", "40");
        index.hold();
        put(table, "u2", "Oslo", "20");
        put(table, "u1", "Lima", "41");
        put(table, "u1", "Oslo", "42");
        assertEquals(everywhere("u1"), idsByReplica(index, "Oslo"), "the index still shows the first write only");
        assertEquals(3, index.backlog());

        index.release();
        assertEquals(0, index.backlog());
        assertEquals(everywhere("u2", "u1"), idsByReplica(index, "Oslo"));
        assertEquals(everywhere(), idsByReplica(index, "Lima"), "u1 passed through Lima and left it");
    }
}
