package io.dynaspec.engine.bench;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.WriteOutcome;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Conditional puts at the cluster layer, on one thread: {@link Table#write} finds the key's
 * partition group by hash, the leader judges a precondition against its item, appends the write
 * to the log, its two followers apply it, and the quorum acknowledges it. No expression syntax
 * and no request checks: the cost of a replicated conditional write itself.
 *
 * <p>Each key's item flips between two versions; each put carries the precondition that the
 * other version is there (made once per key and version, as the api layer makes one per request).
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -ntp -pl reference-impl test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp reference-impl/target/test-classes:reference-impl/target/classes:$(cat reference-impl/target/test-classpath.txt) \
 *     org.openjdk.jmh.Main ReplicatedPutBenchmark -f 1 -wi 2 -i 3 -w 1 -r 2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReplicatedPutBenchmark {
    static final int KEYS = 1024;

    private Table table;
    private PrimaryKey[] keys;
    /** Per key, the item at version 0 and at version 1. */
    private Item[][] items;
    /** Per key, the precondition for writing version v: version 1 - v is there. */
    private Precondition[][] preconditions;
    private int[] versions;
    private int next;

    @Setup
    public void setUp() {
        Cluster cluster = new Cluster();
        table = cluster.createTable(TableMetadata.of("Students", new KeySchema("email", AttributeType.S, null, null),
                Cluster.DEFAULT_PARTITIONS));
        keys = new PrimaryKey[KEYS];
        items = new Item[KEYS][2];
        preconditions = new Precondition[KEYS][2];
        versions = new int[KEYS];
        AttributeValue[] versionValues = {new AttributeValue.N(DynamoNumber.of(0)), new AttributeValue.N(DynamoNumber.of(1))};
        for (int k = 0; k < KEYS; k++) {
            AttributeValue email = new AttributeValue.S("student" + k + "@example.com");
            keys[k] = new PrimaryKey(email, null);
            for (int v = 0; v < 2; v++) {
                items[k][v] = Item.of(Map.of("email", email, "name", new AttributeValue.S("Tomer"), "version", versionValues[v]));
                AttributeValue previous = versionValues[1 - v];
                preconditions[k][v] = existing -> existing != null && previous.equals(existing.get("version"));
            }
            table.write(keys[k], Precondition.NONE, Mutation.put(items[k][0]));
        }
    }

    @Benchmark
    public WriteOutcome conditionalPut() {
        int k = next++ & (KEYS - 1);
        int v = 1 - versions[k];
        WriteOutcome out = table.write(keys[k], preconditions[k][v], Mutation.put(items[k][v]));
        versions[k] = v;
        return out;
    }
}
