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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The backfill of a global secondary index that UpdateTable adds to a table with items
 * (GSI.OnlineOps.html): it runs off the request thread, the index stays CREATING until it is
 * done, and writes made meanwhile end up in the index exactly once, whatever their order against
 * the backfill's reads of the base partitions. The interleavings are drawn from seeds, on one
 * thread: the cluster's background work runs only when the test says.
 */
class GlobalIndexBackfillTest {
    private static final KeySchema KEYS = new KeySchema("id", AttributeType.S, null, null);
    private static final TableMetadata.IndexDefinition BY_CITY = new TableMetadata.IndexDefinition("ByCity",
            new KeySchema("city", AttributeType.S, "age", AttributeType.N), "KEYS_ONLY", List.of(), 0, 0);
    private static final String[] CITIES = {"Oslo", "Rome", "Lima", null};

    /** Background work of the cluster, run when the test chooses. */
    private final ArrayDeque<Runnable> background = new ArrayDeque<>();

    private Table table(Cluster cluster) {
        cluster.setBackground(background::add);
        return cluster.createTable(new TableMetadata("People", KEYS, Map.of("id", AttributeType.S), "PAY_PER_REQUEST", 0, 0,
                List.of(), List.of(), Instant.EPOCH, 4));
    }

    private static void write(Table table, Random random) {
        String id = "u" + random.nextInt(12);
        PrimaryKey key = new PrimaryKey(new AttributeValue.S(id), null);
        if (random.nextInt(5) == 0) {
            table.write(key, Precondition.NONE, Mutation.DELETE);
            return;
        }
        Map<String, AttributeValue> attrs = new HashMap<>();
        attrs.put("id", new AttributeValue.S(id));
        String city = CITIES[random.nextInt(CITIES.length)];
        if (city != null) {
            attrs.put("city", new AttributeValue.S(city));
            attrs.put("age", AttributeValue.N.of(Integer.toString(random.nextInt(3))));
        }
        table.write(key, Precondition.NONE, Mutation.put(Item.of(attrs)));
    }

    /** Every entry of the index, as "city/age/id", in every replica of every index partition: one set per zone. */
    private static List<Set<String>> entriesByZone(GlobalIndex index) {
        List<Set<String>> out = new java.util.ArrayList<>();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            Set<String> entries = new TreeSet<>();
            int[] count = {0};
            for (PartitionGroup g : index.partitions()) {
                for (String city : CITIES) {
                    if (city == null) {
                        continue;
                    }
                    g.replica(z).localIndex(index.name(), new AttributeValue.S(city)).values().forEach(bySort -> bySort.values()
                            .forEach(e -> {
                                count[0]++;
                                entries.add(city + "/" + ((AttributeValue.N) e.get("age")).value() + "/"
                                        + ((AttributeValue.S) e.get("id")).value());
                            }));
                }
            }
            assertEquals(count[0], entries.size(), "no entry twice in zone " + z);
            out.add(entries);
        }
        return out;
    }

    /** What the index must hold: one entry per base item with the index keys. */
    private static Set<String> projection(Table table) {
        Set<String> expected = new TreeSet<>();
        for (int i = 0; i < 12; i++) {
            Item item = table.read(new PrimaryKey(new AttributeValue.S("u" + i), null), true);
            if (item != null && item.get("city") != null) {
                expected.add(((AttributeValue.S) item.get("city")).value() + "/" + ((AttributeValue.N) item.get("age")).value()
                        + "/u" + i);
            }
        }
        return expected;
    }

    @Test
    void writesDuringTheBackfillEndUpInTheIndexExactlyOnce() {
        for (long seed = 1; seed <= 60; seed++) {
            background.clear();
            Random random = new Random(seed);
            Cluster cluster = new Cluster(AckRule.QUORUM, seed);
            Table table = table(cluster);
            for (int i = 0; i < 16; i++) {
                write(table, random);
            }
            GlobalIndex index = table.createGlobalIndex(BY_CITY, false);
            assertFalse(index.isActive(), "CREATING until the backfill has run");
            assertEquals(1, background.size(), "the backfill waits for the background executor, not for the request");
            PartitionGroup crippled = null;
            int steps = 0;
            while (index.isActive() == false && steps++ < 200) {
                switch (random.nextInt(6)) {
                    case 0, 1, 2 -> write(table, random);
                    case 3 -> {
                        try {
                            index.backfillStep();
                        } catch (DynamoException noQuorum) {
                            assertTrue(crippled != null, "only an index partition without a quorum stops a step");
                        }
                    }
                    case 4 -> {
                        if (crippled == null) {
                            crippled = index.partitions().get(random.nextInt(index.partitions().size()));
                            cluster.faults().failReplica(crippled, AvailabilityZone.A);
                            cluster.faults().failReplica(crippled, AvailabilityZone.B);
                        } else {
                            cluster.faults().recoverReplica(crippled, AvailabilityZone.A);
                            cluster.faults().recoverReplica(crippled, AvailabilityZone.B);
                            crippled = null;
                        }
                    }
                    default -> {
                        if (crippled == null && !background.isEmpty()) {
                            background.poll().run();
                        }
                    }
                }
            }
            if (crippled != null) {
                cluster.faults().recoverReplica(crippled, AvailabilityZone.A);
                cluster.faults().recoverReplica(crippled, AvailabilityZone.B);
            }
            table.propagate();
            while (!background.isEmpty()) {
                background.poll().run();
            }
            assertTrue(index.isActive(), "seed " + seed + ": ACTIVE once the backfill has read every partition");
            Set<String> expected = projection(table);
            assertEquals(List.of(expected, expected, expected), entriesByZone(index),
                    "seed " + seed + ": every item with the index keys, once, as its last acknowledged write left it");
        }
    }

    @Test
    void aHeldIndexStaysCreatingAndBackfillingUntilReleased() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table table = table(cluster);
        Random random = new Random(7);
        for (int i = 0; i < 10; i++) {
            write(table, random);
        }
        cluster.faults().holdIndexBeforeCreation("People", "ByCity");
        GlobalIndex index = table.createGlobalIndex(BY_CITY, false);
        assertTrue(index.isBackfilling(), "DescribeTable's Backfilling, as soon as UpdateTable has answered");
        background.poll().run();
        assertFalse(index.isActive());
        assertTrue(index.isBackfilling(), "the backfill has begun and waits");
        assertEquals(List.of(Set.of(), Set.of(), Set.of()), entriesByZone(index), "held before it read a partition");
        write(table, random);
        index.release();
        while (!background.isEmpty()) {
            background.poll().run();
        }
        assertTrue(index.isActive());
        assertFalse(index.isBackfilling());
        Set<String> expected = projection(table);
        assertEquals(List.of(expected, expected, expected), entriesByZone(index));

        GlobalIndex again = table.createGlobalIndex(new TableMetadata.IndexDefinition("ByCity2", BY_CITY.keySchema(), "KEYS_ONLY",
                List.of(), 0, 0), false);
        background.poll().run();
        assertTrue(again.isActive(), "a hold is used by the one creation it names");
    }
}
