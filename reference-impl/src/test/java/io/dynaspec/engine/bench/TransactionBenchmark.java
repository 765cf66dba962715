package io.dynaspec.engine.bench;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TransactionCoordinator;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Transactions at the cluster layer, on one thread, beside their peer in the same run: the
 * single-item conditional put of {@link ReplicatedPutBenchmark}. A transaction here is the
 * coordinator's whole protocol with replication on: a timestamp, a PREPARE entry per item at
 * its partition's leader (condition judged, new item computed), replicated to both followers and
 * acknowledged by the quorum, then a COMMIT entry per item, replicated and acknowledged.
 *
 * <p>Each item flips between two versions, and each action carries the precondition that the
 * other version is there, as in the peer. Two-item transactions take consecutive keys (mostly on
 * two of the table's four partitions); hundred-item transactions take 100 consecutive keys.
 *
 * <p>Run from the repository root as BENCHMARKS.md says, with {@code TransactionBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class TransactionBenchmark {
    static final int KEYS = 1000;

    private Table table;
    private TransactionCoordinator coordinator;
    private PrimaryKey[] keys;
    private Item[][] items;
    private Precondition[][] preconditions;
    private int[] versions;
    private int next;

    @Setup
    public void setUp() {
        Cluster cluster = new Cluster();
        coordinator = cluster.transactions();
        table = cluster.createTable(TableMetadata.of("Accounts", new KeySchema("account", AttributeType.S, null, null),
                Cluster.DEFAULT_PARTITIONS));
        keys = new PrimaryKey[KEYS];
        items = new Item[KEYS][2];
        preconditions = new Precondition[KEYS][2];
        versions = new int[KEYS];
        AttributeValue[] versionValues = {new AttributeValue.N(DynamoNumber.of(0)), new AttributeValue.N(DynamoNumber.of(1))};
        for (int k = 0; k < KEYS; k++) {
            AttributeValue account = new AttributeValue.S("account-" + k);
            keys[k] = new PrimaryKey(account, null);
            for (int v = 0; v < 2; v++) {
                items[k][v] = Item.of(Map.of("account", account, "owner", new AttributeValue.S("Tomer"), "version", versionValues[v]));
                AttributeValue previous = versionValues[1 - v];
                preconditions[k][v] = existing -> existing != null && previous.equals(existing.get("version"));
            }
            table.write(keys[k], Precondition.NONE, Mutation.put(items[k][0]));
        }
    }

    private List<TransactionCoordinator.Action> actions(int count) {
        List<TransactionCoordinator.Action> actions = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int k = next++ % KEYS;
            int v = 1 - versions[k];
            versions[k] = v;
            actions.add(new TransactionCoordinator.Action(table, keys[k], preconditions[k][v], Mutation.put(items[k][v])));
        }
        return actions;
    }

    /** The peer: one replicated conditional put. */
    @Benchmark
    public WriteOutcome conditionalPut() {
        int k = next++ % KEYS;
        int v = 1 - versions[k];
        WriteOutcome out = table.write(keys[k], preconditions[k][v], Mutation.put(items[k][v]));
        versions[k] = v;
        return out;
    }

    @Benchmark
    public void twoItemTransaction() {
        coordinator.write(actions(2));
    }

    @Benchmark
    public void hundredItemTransaction() {
        coordinator.write(actions(100));
    }
}
