package io.dynaspec.engine.bench;

import io.dynaspec.engine.api.ConditionInput;
import io.dynaspec.engine.api.PutItem;
import io.dynaspec.engine.api.ReturnConsumedCapacity;
import io.dynaspec.engine.api.ReturnValues;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A conditional PutItem through the api layer, in process, on one thread: what the engine does
 * for one request once the protocol layer has read it. Each call hands {@code PutItem} a new
 * request whose condition text is parsed, its placeholders checked and the condition judged
 * against the leader's item, then written to a three-replica partition group and acknowledged by
 * its quorum — no step is cached between calls, as none is between real requests.
 *
 * <ul>
 *   <li>{@code putIfVersionMatches}: optimistic locking, {@code #v = :expected}; the condition
 *       holds and the put replaces the item. Versions count modulo {@value #VERSIONS} per key so
 *       that their number values can be made once.</li>
 *   <li>{@code putIfAbsentRefused}: the seed's create-only put, {@code attribute_not_exists(LoginAlias)},
 *       on keys that hold an item: the condition fails and nothing is written.</li>
 * </ul>
 *
 * <p>Run from the repository root:
 * <pre>
 * mvn -B -ntp -pl reference-impl test-compile dependency:build-classpath \
 *     -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp reference-impl/target/test-classes:reference-impl/target/classes:$(cat reference-impl/target/test-classpath.txt) \
 *     org.openjdk.jmh.Main ConditionalPutBenchmark -f 1 -wi 2 -i 3 -w 1 -r 2
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ConditionalPutBenchmark {
    static final String TABLE = "Employee";
    /** Keys written in turn: spread over the table's partitions, few enough to stay in cache. */
    static final int KEYS = 1024;
    static final int VERSIONS = 1024;
    static final Map<String, String> NAMES = Map.of("#v", "Version");
    static final AttributeValue FIRST_NAME = new AttributeValue.S("Irene");
    static final AttributeValue LAST_NAME = new AttributeValue.S("Smith");

    private PutItem putItem;
    private AttributeValue[] aliases;
    private AttributeValue[] versionValues;
    private int[] versions;
    private int next;

    @Setup
    public void setUp() {
        Cluster cluster = new Cluster();
        cluster.createTable(TableMetadata.of(TABLE, new KeySchema("LoginAlias", AttributeType.S, null, null),
                Cluster.DEFAULT_PARTITIONS));
        putItem = new PutItem(cluster);
        aliases = new AttributeValue[KEYS];
        versions = new int[KEYS];
        versionValues = new AttributeValue[VERSIONS];
        for (int v = 0; v < VERSIONS; v++) {
            versionValues[v] = new AttributeValue.N(DynamoNumber.of(v));
        }
        for (int k = 0; k < KEYS; k++) {
            aliases[k] = new AttributeValue.S("employee" + k);
            putItem.execute(request(employee(k, 0), ConditionInput.NONE));
        }
    }

    private Item employee(int k, int version) {
        Map<String, AttributeValue> m = new LinkedHashMap<>();
        m.put("LoginAlias", aliases[k]);
        m.put("FirstName", FIRST_NAME);
        m.put("LastName", LAST_NAME);
        m.put("Version", versionValues[version]);
        return Item.of(m);
    }

    private static PutItem.Request request(Item item, ConditionInput condition) {
        return new PutItem.Request(TABLE, item, condition, ReturnValues.NONE, ReturnConsumedCapacity.NONE, false);
    }

    @Benchmark
    public PutItem.Result putIfVersionMatches() {
        int k = next++ & (KEYS - 1);
        int expected = versions[k];
        int following = (expected + 1) & (VERSIONS - 1);
        ConditionInput condition = new ConditionInput("#v = :expected", NAMES,
                Map.of(":expected", versionValues[expected]), null, null, false);
        PutItem.Result r = putItem.execute(request(employee(k, following), condition));
        versions[k] = following;
        return r;
    }

    @Benchmark
    public DynamoException putIfAbsentRefused() {
        int k = next++ & (KEYS - 1);
        ConditionInput condition = new ConditionInput("attribute_not_exists(LoginAlias)", null, null, null, null, false);
        try {
            putItem.execute(request(employee(k, versions[k]), condition));
        } catch (DynamoException e) {
            return e;
        }
        throw new IllegalStateException("employee" + k + " exists: the create-only put must fail");
    }
}
