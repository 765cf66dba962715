package io.dynaspec.engine.cluster;

import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The order spec/IndexBackfill.tla requires of a backfill: the copy of an item as the backfill read
 * it never lands on a newer version propagation applied (NoEntryOlderThanPropagated). The model's
 * idx-backfill-broken config finds the race when a partition is propagated once the backfill has
 * read it: a write acknowledged between the read and the copy reaches the index first, and the copy
 * puts the older version back. Here that interleaving is forced on the engine: an index partition
 * without a quorum stops the backfill after a base partition's read, before the copy of the watched
 * item, and the item is written again meanwhile. The engine holds propagation until the index is
 * ACTIVE (the model's "Held"), so the copy comes first and the newer write after it. Without that
 * hold (GlobalIndex.propagate running while CREATING, the model's "Running") the test fails.
 */
class GlobalIndexBackfillOrderTest {
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, null, null), "KEYS_ONLY", List.of(), 0, 0);

    /** Background work of the cluster, run when the test chooses. */
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();
    /** The index steps on the watched item, in order: "copy" (the backfill) or "propagate CITY". */
    private final List<String> steps = new ArrayList<>();
    /** The item whose steps are recorded. */
    private PrimaryKey watched;

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static void put(Table table, String id, String city) {
        table.write(key(id), Precondition.NONE, Mutation.put(Item.of(Map.of("id", new AttributeValue.S(id), "city", new AttributeValue.S(city)))));
    }

    /** The ids of a base partition's items, in the order the backfill reads them. */
    private static List<String> readOrder(PartitionGroup group) {
        return group.readItems(true, view -> {
            List<String> ids = new ArrayList<>();
            view.partitionKeysFrom(null, true).forEachRemaining(k -> view.collection(k.value()).values()
                    .forEach(it -> ids.add(((AttributeValue.S) it.get("id")).value())));
            return ids;
        });
    }

    /** The ids of the index's entries under {@code city}, in the replica of every index partition in {@code zone}. */
    private static Set<String> entries(GlobalIndex index, String city, AvailabilityZone zone) {
        Set<String> out = new TreeSet<>();
        for (PartitionGroup g : index.partitions()) {
            g.replica(zone).localIndex(index.name(), new AttributeValue.S(city)).values()
                    .forEach(bySort -> bySort.values().forEach(e -> out.add(((AttributeValue.S) e.get("id")).value())));
        }
        return out;
    }

    @Test
    void aWriteAcknowledgedBetweenTheReadAndTheCopyReachesTheIndexAfterTheCopy() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3);
        cluster.setBackground(background::add);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onIndexApply(GlobalIndex index, PrimaryKey key, LogEntry entry, boolean inIndex) {
                if (key.equals(watched)) {
                    steps.add(entry == null ? "copy" : "propagate " + ((AttributeValue.S) entry.item().get("city")).value());
                }
            }
        });
        Table table = cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S), "PAY_PER_REQUEST", 0, 0,
                List.of(), List.of(), Instant.EPOCH, 4));
        GlobalIndex index = table.createGlobalIndex(BY_CITY, false);
        assertFalse(index.isActive());

        // Three cities in three index partitions: one to be cut off, the watched item's city as the
        // backfill reads it, and its city after.
        List<String> cities = new ArrayList<>();
        java.util.Set<PartitionGroup> used = new java.util.HashSet<>();
        for (int i = 0; cities.size() < 3; i++) {
            if (used.add(index.partitionFor(new AttributeValue.S("c" + i)))) {
                cities.add("c" + i);
            }
        }
        String cut = cities.get(0);
        String before = cities.get(1);
        String after = cities.get(2);
        // The items of one base partition are in the cut-off city, and no other item has a city, so
        // that the backfill stops in that partition, after its read.
        PartitionGroup group = table.partitionFor(key("u0"));
        for (int i = 0; i < 24; i++) {
            String id = "u" + i;
            if (table.partitionFor(key(id)) == group) {
                put(table, id, cut);
            } else {
                table.write(key(id), Precondition.NONE, Mutation.put(Item.of(Map.of("id", new AttributeValue.S(id)))));
            }
        }
        // The watched item is one the backfill reads after a cut-off one: its copy waits.
        List<String> order = readOrder(group);
        assertTrue(order.size() >= 2, "two items in the partition: " + order);
        String id = order.get(1);
        watched = key(id);
        put(table, id, before);

        PartitionGroup cutOff = index.partitionFor(new AttributeValue.S(cut));
        cluster.faults().failReplica(cutOff, AvailabilityZone.A);
        cluster.faults().failReplica(cutOff, AvailabilityZone.B);
        boolean stopped = false;
        try {
            while (index.backfillStep()) {
                // the other partitions are read (their items have no city), until a copy finds no quorum
            }
        } catch (DynamoException noQuorum) {
            stopped = true;
        }
        assertTrue(stopped, "the partition read, its copies waiting for the cut-off index partition");
        assertEquals(List.of(), steps, "the watched item read, not yet copied");

        put(table, id, after);
        table.propagate();
        assertEquals(List.of(), steps, "the newer write, acknowledged, is not propagated while the index is CREATING");
        assertFalse(index.isActive());

        cluster.faults().recoverReplica(cutOff, AvailabilityZone.A);
        cluster.faults().recoverReplica(cutOff, AvailabilityZone.B);
        table.propagate();
        while (!background.isEmpty()) {
            background.poll().run();
        }
        table.propagate();
        assertTrue(index.isActive());
        assertEquals(List.of("copy", "propagate " + after), steps,
                "the copy of the item as read, then the write acknowledged after the read");
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(Set.of(), entries(index, before, z), "no entry of the version the backfill read, in zone " + z);
            assertEquals(Set.of(id), entries(index, after, z), "the newest version, in zone " + z);
        }
    }
}
