package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.ForwardingTraceRecorder;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.trace.ModelTraceRecorder;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A seeded random fault schedule on the reference engine, recorded as model-level traces: the
 * generator of the engine's reliability test (RandomFaultScheduleTest) — writes on a few keys of
 * a two-partition table while zones fail and recover and deliveries are held, stepped and
 * released — with a {@link ModelTraceRecorder} installed. A single driver decides every step;
 * a write that waits for its quorum waits on its own thread until a later step settles it, so a
 * seed replays exactly.
 */
public final class RandomFaultSchedule {

    private static final int KEYS = 4;
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);

    /**
     * What one schedule recorded.
     *
     * @param traces    one trace per partition
     * @param lostWrite whether an acknowledged write was later cut from its partition's log
     */
    public record Recording(List<ModelTraceRecorder.Trace> traces, boolean lostWrite, ModelTraceRecorder recorder) {
    }

    private final SplittableRandom rnd;
    private final Cluster cluster;
    private final Table table;
    private final ModelTraceRecorder recorder;
    private final ExecutorService writers;
    private final List<Written> pending = new ArrayList<>();
    private final List<Written> acknowledged = new ArrayList<>();
    private volatile LogEntry lastAppended;
    private volatile CountDownLatch appendedOrDone = new CountDownLatch(0);
    private int writeIds;

    private record Written(PartitionGroup group, LogEntry entry, Future<?> future) {
    }

    private RandomFaultSchedule(AckRule rule, long seed, ExecutorService writers) {
        this.rnd = new SplittableRandom(seed);
        this.cluster = new Cluster(rule, seed);
        this.recorder = new ModelTraceRecorder("seed-" + seed + (rule == AckRule.QUORUM ? "" : "-" + rule.name().toLowerCase()));
        this.writers = writers;
        cluster.setTrace(new ForwardingTraceRecorder(recorder) {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                super.onAppend(group, entry);
                lastAppended = entry;
                appendedOrDone.countDown();
            }
        });
        this.table = cluster.createTable(TableMetadata.of("Schedule", KEY, 2));
    }

    /** Plays the schedule of the seed, {@code steps} steps, then recovers and releases every zone. */
    public static Recording play(AckRule rule, long seed, int steps, ExecutorService writers) throws Exception {
        RandomFaultSchedule s = new RandomFaultSchedule(rule, seed, writers);
        boolean lost = s.run(steps);
        return new Recording(s.recorder.traces(), lost, s.recorder);
    }

    /** A pool for the writes that wait for their quorum: daemon threads, so none outlives its user. */
    public static ExecutorService writerPool() {
        return Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "schedule-writer");
            t.setDaemon(true);
            return t;
        });
    }

    private boolean run(int steps) throws Exception {
        boolean lost = false;
        for (int step = 1; step <= steps; step++) {
            int dice = rnd.nextInt(100);
            if (dice < 50) {
                write();
            } else if (dice < 62) {
                cluster.scheduler().deliverOne(table.partitions().get(rnd.nextInt(2)), anyZone());
            } else if (dice < 72) {
                cluster.scheduler().hold(anyZone());
            } else if (dice < 82) {
                cluster.scheduler().release(anyZone());
            } else if (dice < 91) {
                failZone();
            } else {
                recoverZone();
            }
            settle();
            lost |= lostAcknowledgedWrite();
        }
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().release(z);
        }
        for (AvailabilityZone z : cluster.faults().failedZones()) {
            cluster.faults().recoverAz(z);
        }
        settle();
        return lost | lostAcknowledgedWrite();
    }

    private AvailabilityZone anyZone() {
        return AvailabilityZone.values()[rnd.nextInt(3)];
    }

    private void write() throws Exception {
        if (pending.size() >= 3) {
            return;
        }
        String k = "k" + rnd.nextInt(KEYS);
        int kind = rnd.nextInt(3);
        Precondition pre = kind == 0 ? Objects::isNull : Precondition.NONE;
        Mutation m = kind == 2 ? Mutation.DELETE
                : Mutation.put(Item.of(Map.of("pk", new AttributeValue.S(k), "v", new AttributeValue.S("w" + (++writeIds)))));
        PrimaryKey pk = new PrimaryKey(new AttributeValue.S(k), null);
        PartitionGroup group = table.partitionFor(pk);
        lastAppended = null;
        CountDownLatch signal = new CountDownLatch(1);
        appendedOrDone = signal;
        Future<?> f = writers.submit(() -> {
            try {
                return table.write(pk, pre, m);
            } finally {
                signal.countDown();
            }
        });
        if (!signal.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("a write neither reached the log nor finished");
        }
        LogEntry entry = lastAppended;
        if (entry != null) {
            pending.add(new Written(group, entry, f));
        }
    }

    /** Joins every write whose fate is decided: acknowledged, or cut from the log. */
    private void settle() throws Exception {
        for (int i = 0; i < pending.size(); ) {
            Written w = pending.get(i);
            PartitionGroup.WriteState state = w.group().writeState(w.entry());
            if (state == PartitionGroup.WriteState.PENDING) {
                i++;
                continue;
            }
            pending.remove(i);
            if (state == PartitionGroup.WriteState.ACKNOWLEDGED) {
                acknowledged.add(w);
            }
            try {
                w.future().get(10, TimeUnit.SECONDS);
            } catch (ExecutionException refused) {
                // Cut from the log before its quorum: the client got an error, as it should.
            }
        }
    }

    private boolean lostAcknowledgedWrite() {
        for (Written w : acknowledged) {
            if (!w.group().holdsInLog(w.entry())) {
                return true;
            }
        }
        return false;
    }

    private void failZone() {
        if (cluster.faults().failedZones().size() >= 2) {
            recoverZone();
            return;
        }
        AvailabilityZone z = anyZone();
        cluster.faults().failAz(z);
    }

    private void recoverZone() {
        if (cluster.faults().failedZones().isEmpty()) {
            return;
        }
        List<AvailabilityZone> down = new ArrayList<>(cluster.faults().failedZones());
        AvailabilityZone z = down.get(rnd.nextInt(down.size()));
        cluster.faults().recoverAz(z);
    }
}
