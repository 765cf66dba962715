package io.dynaspec.engine.bench;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.DiskVolume;
import io.dynaspec.engine.cluster.storage.StoredFile;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The durability figures of BENCHMARKS.md, measured on the machine it runs on: the disk's own
 * force latency (a 100-byte append and FileChannel.force, as one group commit of one small write
 * costs), then a table of many items written through the engine with its tables on disk, and the
 * time a restart takes to recover it. Run by hand, not in CI; from the repository root:
 * <pre>
 * mvn -B -ntp -o -q -pl reference-impl test-compile
 * java -Xmx6g -cp reference-impl/target/test-classes:reference-impl/target/classes \
 *     io.dynaspec.engine.bench.DurabilityFigures [folder] [items]
 * </pre>
 */
public final class DurabilityFigures {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    public static void main(String[] args) throws Exception {
        Path root = Files.createDirectories(Path.of(args.length > 0 ? args[0] : "target/durability-figures"));
        long items = args.length > 1 ? Long.parseLong(args[1]) : 1_000_000;
        if (args.length > 2 && args[2].equals("restart-only")) {
            recover(root.resolve("data"), 0);
            return;
        }
        forceLatency(root);
        restart(root.resolve("data"), items);
    }

    private static void forceLatency(Path root) throws Exception {
        DiskVolume v = new DiskVolume(root);
        v.delete("force-latency");
        int n = 2000;
        long[] nanos = new long[n];
        byte[] record = new byte[100];
        try (StoredFile f = v.open("force-latency")) {
            for (int i = 0; i < n; i++) {
                long t0 = System.nanoTime();
                f.append(record, 0, record.length);
                f.force();
                nanos[i] = System.nanoTime() - t0;
            }
        }
        v.delete("force-latency");
        Arrays.sort(nanos);
        System.out.printf("force latency (100-byte append + force, %d times): p50 %.1f µs, p90 %.1f µs, p99 %.1f µs, max %.1f µs%n",
                n, nanos[n / 2] / 1e3, nanos[n * 9 / 10] / 1e3, nanos[n * 99 / 100] / 1e3, nanos[n - 1] / 1e3);
    }

    private static double processCpuSeconds() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    /** Writes the items with 32 writers; returns {wall seconds, process CPU seconds}. */
    private static double[] write(Table t, long items) throws InterruptedException {
        double cpu0 = processCpuSeconds();
        int threads = 32;
        AtomicLong next = new AtomicLong();
        long t0 = System.nanoTime();
        Thread[] writers = new Thread[threads];
        for (int w = 0; w < threads; w++) {
            writers[w] = new Thread(() -> {
                for (long i; (i = next.getAndIncrement()) < items; ) {
                    String k = "item-" + i;
                    Map<String, AttributeValue> m = new LinkedHashMap<>();
                    m.put("pk", new AttributeValue.S(k));
                    m.put("payload", new AttributeValue.S("x".repeat(80) + i));
                    t.write(new PrimaryKey(new AttributeValue.S(k), null), Precondition.NONE, Mutation.put(Item.of(m)));
                }
            });
            writers[w].start();
        }
        for (Thread w : writers) {
            w.join();
        }
        return new double[] {(System.nanoTime() - t0) / 1e9, processCpuSeconds() - cpu0};
    }

    private static void restart(Path data, long items) throws Exception {
        if (Files.exists(data)) {
            try (var walk = Files.walk(data)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Cluster memory = new Cluster(AckRule.QUORUM, 1);
        double[] inMemory = write(memory.createTable(TableMetadata.of("Items", KEY, 4)), items);
        memory = null;
        System.gc();
        System.out.printf("in memory: %,d puts with 32 writers in %.1f s: %,.0f puts/s, %.1f µs of process CPU per put%n",
                items, inMemory[0], items / inMemory[0], inMemory[1] * 1e6 / items);
        Cluster c = new Cluster(AckRule.QUORUM, 1);
        c.openData(DataDirectory.onDisk(data, t -> { throw new IllegalStateException(t); }));
        Table t = c.createTable(TableMetadata.of("Items", KEY, 4));
        double[] onDisk = write(t, items);
        double writeSeconds = onDisk[0];
        System.out.printf("on disk:   %,d puts with 32 writers in %.1f s: %,.0f puts/s, %.1f µs of process CPU per put (%.2f× the in-memory throughput)%n",
                items, onDisk[0], items / onDisk[0], onDisk[1] * 1e6 / items, inMemory[0] / onDisk[0]);
        c.closeData();
        long bytes;
        try (var walk = Files.walk(data)) {
            bytes = walk.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
        System.out.printf("wrote %,d items with 32 writers in %.1f s (%,.0f durable puts/s in process); %,d bytes on disk%n",
                items, writeSeconds, items / writeSeconds, bytes);
        c = null;
        System.gc();
        recover(data, inMemory[1]);
    }

    /** Starts an engine from the folder; prints the wall and CPU time, against the CPU of writing in memory when given. */
    private static void recover(Path data, double writeCpu) throws Exception {
        long r0 = System.nanoTime();
        double cpu0 = processCpuSeconds();
        Cluster again = new Cluster(AckRule.QUORUM, 1);
        Cluster.Recovery r = again.openData(DataDirectory.onDisk(data, t2 -> { throw new IllegalStateException(t2); }));
        long millis = (System.nanoTime() - r0) / 1_000_000;
        double cpu = processCpuSeconds() - cpu0;
        System.out.printf("restart: %d tables, %,d items recovered in %,d ms wall, %.1f s of process CPU (%.2f× the CPU of writing them in memory); notes: %s%n",
                r.tables(), r.items(), millis, cpu, cpu / writeCpu, r.notes());
        again.closeData();
    }
}
