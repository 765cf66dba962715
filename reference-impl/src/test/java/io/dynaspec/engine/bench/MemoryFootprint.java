package io.dynaspec.engine.bench;

import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.PutItem;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.ReturnValues;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * How much heap a table of many items takes: one million items of about 1 KB each (by DynamoDB's
 * item size arithmetic, CapacityUnitCalculations.html) written with PutItem into a table whose
 * partitions each keep three replicas, then the heap in use after garbage collection, less what
 * it was before the table. Run by hand, not in CI; from the repository root:
 * <pre>
 * mvn -B -ntp -pl reference-impl test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -Xmx4g -cp reference-impl/target/test-classes:reference-impl/target/classes:$(cat reference-impl/target/test-classpath.txt) \
 *     io.dynaspec.engine.bench.MemoryFootprint [items] [item bytes]
 * </pre>
 * Every item has its own values, as items read off the wire do: nothing is shared between items
 * but attribute names. The three replicas of a partition share each immutable item.
 */
public final class MemoryFootprint {
    private static final String TABLE = "Employee";
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ ";

    private MemoryFootprint() {
    }

    public static void main(String[] args) {
        int items = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int itemBytes = args.length > 1 ? Integer.parseInt(args[1]) : 1024;
        long before = usedAfterGc();

        Cluster cluster = new Cluster();
        Table table = cluster.createTable(TableMetadata.of(TABLE, new KeySchema("LoginAlias", AttributeType.S, null, null),
                Cluster.DEFAULT_PARTITIONS));
        PutItem putItem = new PutItem(cluster);
        SplittableRandom random = new SplittableRandom(42);
        long itemSizes = 0;
        long start = System.nanoTime();
        for (int i = 0; i < items; i++) {
            Item item = employee(i, itemBytes, random);
            itemSizes += item.size();
            putItem.execute(new PutItem.Request(TABLE, item,
                    new ConditionInput("attribute_not_exists(LoginAlias)", null, null, null, null, false),
                    ReturnValues.NONE, ReturnConsumedCapacity.NONE, false));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long after = usedAfterGc();

        long replicaItems = 0;
        for (PartitionGroup group : table.partitions()) {
            GroupStatus status = group.status();
            for (GroupStatus.ReplicaStatus r : status.replicas()) {
                replicaItems += r.items();
            }
        }
        long used = after - before;
        System.out.printf("items: %,d of %,d bytes on average (DynamoDB item size), %d partitions x %d replicas%n",
                items, itemSizes / items, table.partitions().size(), AvailabilityZone.values().length);
        System.out.printf("items held by all replicas together: %,d%n", replicaItems);
        System.out.printf("written in %.1f s (%,.0f conditional puts/s)%n", seconds, items / seconds);
        System.out.printf("heap used after GC: %,d bytes before the table, %,d after%n", before, after);
        System.out.printf("table heap: %,d bytes = %.2f GB (%.0f bytes per item, %.2f x the items' own size)%n",
                used, used / 1e9, (double) used / items, (double) used / itemSizes);
        // Keep the table reachable until the heap has been measured.
        if (table.partitions().isEmpty()) {
            throw new IllegalStateException();
        }
    }

    /**
     * An employee whose Bio fills the item to about {@code itemBytes}: LoginAlias, FirstName,
     * LastName, Level and Bio, every value new.
     */
    private static Item employee(int i, int itemBytes, SplittableRandom random) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("LoginAlias", new AttributeValue.S(String.format("employee%07d", i)));
        m.put("FirstName", new AttributeValue.S(text(random, 4 + random.nextInt(8))));
        m.put("LastName", new AttributeValue.S(text(random, 4 + random.nextInt(12))));
        m.put("Level", new AttributeValue.N(DynamoNumber.of(random.nextInt(1, 10))));
        int fixed = Item.of(m).size() + "Bio".length();
        m.put("Bio", new AttributeValue.S(text(random, Math.max(0, itemBytes - fixed))));
        return Item.of(m);
    }

    private static String text(SplittableRandom random, int length) {
        char[] c = new char[length];
        for (int i = 0; i < length; i++) {
            c[i] = LETTERS.charAt(random.nextInt(LETTERS.length()));
        }
        return new String(c);
    }

    /** Heap in use once garbage collection has settled: collected until it stops shrinking. */
    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            long now = memory.getHeapMemoryUsage().getUsed();
            if (now >= used - 1024 * 1024 && i >= 2) {
                return Math.min(now, used);
            }
            used = Math.min(now, used);
        }
        return used;
    }
}
