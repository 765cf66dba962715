package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A strongly consistent Query or Scan "reflects all writes that received a successful response
 * prior to the read" (HowItWorks.ReadConsistency.html) and so none still waiting for its quorum.
 * The model-based tests found a Query showing an unacknowledged item: two pending puts on a key
 * that held nothing, where the second put's "previous" (the first's item) replaced the first's
 * "nothing".
 */
class CommittedViewTest {
    private static final KeySchema KEYS = new KeySchema("pk", AttributeType.S, "sk", AttributeType.S);
    private static final AttributeValue PK = new AttributeValue.S("k1");
    private static final PrimaryKey KEY = new PrimaryKey(PK, new AttributeValue.S("1"));

    private static Item item(String value) {
        return Item.of(Map.of("pk", PK, "sk", KEY.sort(), "val", new AttributeValue.S(value)));
    }

    @Test
    void twoPendingPutsOnANewKeyAreBothInvisibleToConsistentReads() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEYS, 1));
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CountDownLatch appended = new CountDownLatch(2);
        List<CompletableFuture<Void>> clients = new ArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                first.countDown();
                appended.countDown();
            }
        });
        clients.add(CompletableFuture.runAsync(() -> table.write(KEY, Precondition.NONE, Mutation.put(item("one")))));
        assertTrue(first.await(10, TimeUnit.SECONDS));
        clients.add(CompletableFuture.runAsync(() -> table.write(KEY, Precondition.NONE, Mutation.put(item("two")))));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "both puts reached the leader");
        assertEquals(0, group.committedSequence());

        assertNull(table.read(KEY, true), "GetItem");
        assertEquals(List.of(), group.readItems(true, view -> List.copyOf(view.collection(PK).values())), "Query");
        List<Item> scanned = group.readItems(true, view -> {
            List<Item> all = new ArrayList<>();
            view.partitionKeysFrom(null, true).forEachRemaining(k -> all.addAll(view.collection(k.value()).values()));
            return all;
        });
        assertEquals(List.of(), scanned, "Scan");

        cluster.scheduler().release(AvailabilityZone.B);
        for (CompletableFuture<Void> c : clients) {
            c.get(10, TimeUnit.SECONDS);
        }
        assertEquals(List.of(item("two")), group.readItems(true, view -> List.copyOf(view.collection(PK).values())));
    }
}
