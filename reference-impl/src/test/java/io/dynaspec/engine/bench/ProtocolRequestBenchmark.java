package io.dynaspec.engine.bench;

import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.protocol.Protocol;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The in-process side of the wire figures: the very request bodies that
 * {@code runner/src/test/resources/wrk/*.lua} send (and a page of a Scan, a BatchGetItem of 100
 * keys and two-item transactions, which no script sends), handed to {@link Protocol#handle} as the HTTP
 * server hands them (body bytes in, response bytes out), on one thread. What the wire adds is the
 * difference between this and the server's CPU time per request in {@code wire-bench.sh}.
 *
 * <p>Run from the repository root as the other benchmarks here (BENCHMARKS.md):
 * <pre>
 * java -cp $CP org.openjdk.jmh.Main ProtocolRequestBenchmark -f 1 -wi 2 -i 3 -w 1 -r 2 -prof gc
 * java -cp $CP io.dynaspec.engine.bench.ProtocolRequestBenchmark
 * </pre>
 * The second prints the CPU time of the thread per request ({@code ThreadMXBean}), the figure
 * that compares with the server's CPU per request from {@code /proc} on a shared machine, where
 * wall-clock times include whatever else the cores run. {@code read} chooses how the protocol
 * reads the requests: {@code streaming} (as the engine does) or {@code tree} (every request
 * through {@code JsonTree}, the reference the streaming read is checked against); give it to the
 * second as its argument.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class ProtocolRequestBenchmark {
    /** Keys each script cycles through, as the wrk scripts do. */
    static final int KEYS = 50_000;
    private static final String PAYLOAD = "x".repeat(1000);

    /** How requests are read: {@code streaming} or {@code tree}. */
    @Param({"streaming", "tree"})
    public String read = "streaming";

    private Protocol protocol;
    private byte[][] puts;
    private byte[][] gets;
    private byte[][] batches;
    private byte[][] scans;
    private byte[][] batchGets;
    private byte[][] transactGets;
    private byte[][] transactWrites;
    private int next;

    @Setup
    public void setUp() {
        protocol = read.equals("tree") ? Protocol.readingThroughTreeOnly(new Cluster()) : new Protocol(new Cluster());
        protocol.handle("DynamoDB_20120810.CreateTable", bytes("{\"TableName\":\"Wrk\",\"AttributeDefinitions\":[{\"AttributeName\":\"pk\",\"AttributeType\":\"S\"}],"
                + "\"KeySchema\":[{\"AttributeName\":\"pk\",\"KeyType\":\"HASH\"}],\"BillingMode\":\"PAY_PER_REQUEST\"}"));
        puts = new byte[KEYS][];
        gets = new byte[1000][];
        batches = new byte[KEYS / 25][];
        for (int i = 0; i < KEYS; i++) {
            puts[i] = bytes("{\"TableName\":\"Wrk\",\"Item\":{\"pk\":{\"S\":\"t1-" + (i + 1) + "\"},\"payload\":{\"S\":\"" + PAYLOAD
                    + "\"}},\"ConditionExpression\":\"attribute_not_exists(locked)\"}");
            protocol.handle("DynamoDB_20120810.PutItem", puts[i]);
        }
        for (int i = 0; i < gets.length; i++) {
            gets[i] = bytes("{\"TableName\":\"Wrk\",\"Key\":{\"pk\":{\"S\":\"t1-" + (i + 1) + "\"}},\"ConsistentRead\":true}");
        }
        for (int b = 0; b < batches.length; b++) {
            StringBuilder s = new StringBuilder("{\"RequestItems\":{\"Wrk\":[");
            for (int j = 0; j < 25; j++) {
                s.append(j == 0 ? "" : ",").append("{\"PutRequest\":{\"Item\":{\"pk\":{\"S\":\"b1-").append(b * 25 + j + 1)
                        .append("\"},\"payload\":{\"S\":\"").append(PAYLOAD).append("\"}}}}");
            }
            batches[b] = bytes(s.append("]}}").toString());
        }
        scans = new byte[1000][];
        for (int i = 0; i < scans.length; i++) {
            scans[i] = bytes("{\"TableName\":\"Wrk\",\"Limit\":10,\"ExclusiveStartKey\":{\"pk\":{\"S\":\"t1-" + (i + 1)
                    + "\"}},\"ReturnConsumedCapacity\":\"TOTAL\"}");
        }
        batchGets = new byte[KEYS / 100][];
        for (int b = 0; b < batchGets.length; b++) {
            StringBuilder s = new StringBuilder("{\"RequestItems\":{\"Wrk\":{\"Keys\":[");
            for (int j = 0; j < 100; j++) {
                s.append(j == 0 ? "" : ",").append("{\"pk\":{\"S\":\"t1-").append(b * 100 + j + 1).append("\"}}");
            }
            batchGets[b] = bytes(s.append("],\"ConsistentRead\":true}}}").toString());
        }
        transactGets = new byte[1000][];
        transactWrites = new byte[1000][];
        for (int i = 0; i < transactGets.length; i++) {
            String a = "{\"TableName\":\"Wrk\",\"Key\":{\"pk\":{\"S\":\"t1-" + (2 * i + 1) + "\"}}";
            String b = "{\"TableName\":\"Wrk\",\"Key\":{\"pk\":{\"S\":\"t1-" + (2 * i + 2) + "\"}}";
            transactGets[i] = bytes("{\"TransactItems\":[{\"Get\":" + a + "}},{\"Get\":" + b + "}}]}");
            transactWrites[i] = bytes("{\"TransactItems\":[{\"Update\":" + a + ",\"UpdateExpression\":\"ADD n :one\","
                    + "\"ExpressionAttributeValues\":{\":one\":{\"N\":\"1\"}}}},{\"ConditionCheck\":" + b
                    + ",\"ConditionExpression\":\"attribute_exists(pk)\"}}]}");
        }
    }

    /** CPU time per request of this thread, for each request kind, after a warm-up of each. */
    public static void main(String[] args) {
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        ProtocolRequestBenchmark b = new ProtocolRequestBenchmark();
        b.read = args.length > 0 ? args[0] : "streaming";
        b.setUp();
        String[] names = {"conditionalPut", "getItem", "batchWrite", "scan", "batchGet", "transactGet", "transactWrite"};
        int[] counts = {400_000, 400_000, 20_000, 100_000, 10_000, 200_000, 200_000};
        for (int k = 0; k < names.length; k++) {
            for (int round = 0; round < 2; round++) {
                long start = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < counts[k]; i++) {
                    switch (k) {
                        case 0 -> b.conditionalPut();
                        case 1 -> b.getItem();
                        case 2 -> b.batchWrite();
                        case 3 -> b.scan();
                        case 4 -> b.batchGet();
                        case 5 -> b.transactGet();
                        default -> b.transactWrite();
                    }
                }
                double micros = (cpu.getCurrentThreadCpuTime() - start) / 1e3 / counts[k];
                System.out.printf("%s %s %s: %.2f us CPU per request%n", b.read, names[k], round == 0 ? "warm-up" : "measured", micros);
            }
        }
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** wrk/put-item-conditional.lua's request: a conditional PutItem of a 1 KB item. */
    @Benchmark
    public Protocol.Response conditionalPut() {
        next = (next + 1) % KEYS;
        return protocol.handle("DynamoDB_20120810.PutItem", puts[next]);
    }

    /** wrk/get-item.lua's request: a strongly consistent GetItem of a 1 KB item. */
    @Benchmark
    public Protocol.Response getItem() {
        next = (next + 1) % gets.length;
        return protocol.handle("DynamoDB_20120810.GetItem", gets[next]);
    }

    /** wrk/batch-write-item.lua's request: 25 puts of 1 KB items. */
    @Benchmark
    public Protocol.Response batchWrite() {
        next = (next + 1) % batches.length;
        return protocol.handle("DynamoDB_20120810.BatchWriteItem", batches[next]);
    }

    /** A page of a paginated Scan: 10 items of 1 KB after an ExclusiveStartKey, with the capacity it consumed. */
    @Benchmark
    public Protocol.Response scan() {
        next = (next + 1) % scans.length;
        return protocol.handle("DynamoDB_20120810.Scan", scans[next]);
    }

    /** A strongly consistent BatchGetItem of 100 keys of 1 KB items, all found. */
    @Benchmark
    public Protocol.Response batchGet() {
        next = (next + 1) % batchGets.length;
        return protocol.handle("DynamoDB_20120810.BatchGetItem", batchGets[next]);
    }

    /** A TransactGetItems of two 1 KB items. */
    @Benchmark
    public Protocol.Response transactGet() {
        next = (next + 1) % transactGets.length;
        return protocol.handle("DynamoDB_20120810.TransactGetItems", transactGets[next]);
    }

    /** A TransactWriteItems of two actions: a counter added to one 1 KB item, the other item's existence checked. */
    @Benchmark
    public Protocol.Response transactWrite() {
        next = (next + 1) % transactWrites.length;
        return protocol.handle("DynamoDB_20120810.TransactWriteItems", transactWrites[next]);
    }
}
