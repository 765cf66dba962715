package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
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
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random fault schedules: conditional writers on a few keys of a two-partition table while
 * availability zones fail and recover and replication deliveries are held, stepped and released.
 * Every schedule is replayable from its seed: a single driver decides each step, and a write that
 * must wait for its quorum waits on its own thread until a later step settles it.
 *
 * <p>Checked after every step and at the end: no acknowledged write is ever cut from its
 * partition's log; at most one leader per partition per epoch; once every zone is back and every
 * delivery released, all replicas of a partition hold the same items; and the history of
 * conditional writes and consistent reads on each key is linearizable. Under the unsafe
 * leader-only rule the same generator must find a lost write.
 *
 * <p>{@code -Dschedules=N} runs N schedules (1,000 by default).
 */
class RandomFaultScheduleTest {
    private static final int SCHEDULES = Integer.getInteger("schedules", 1000);
    private static final int STEPS = 60;
    private static final int KEYS = 4;
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final ExecutorService WRITERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "schedule-writer");
        t.setDaemon(true);
        return t;
    });

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void underQuorumNoAcknowledgedWriteIsLostAndConditionalWritesAreLinearizable() throws Exception {
        int writesAcknowledged = 0;
        int failovers = 0;
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            Schedule s = new Schedule(AckRule.QUORUM, seed);
            s.play();
            if (!s.violations.isEmpty()) {
                fail("schedule " + seed + " (replay with this seed): " + s.violations + "\nsteps: " + s.steps);
            }
            writesAcknowledged += s.acknowledged.size();
            failovers += s.elections;
        }
        System.out.printf("%d schedules: %d acknowledged writes, %d leader elections, no violation%n",
                SCHEDULES, writesAcknowledged, failovers);
        assertTrue(failovers > SCHEDULES / 10, "the generator exercises failover");
    }

    @Test
    void underTheUnsafeLeaderOnlyRuleTheSameChecksFindALostWrite() throws Exception {
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            Schedule s = new Schedule(AckRule.UNSAFE_LEADER_ONLY, seed);
            s.play();
            if (s.violations.stream().anyMatch(v -> v.startsWith("lost"))) {
                System.out.println("unsafe rule: schedule " + seed + " lost an acknowledged write: " + s.violations);
                return;
            }
        }
        fail("no schedule of " + SCHEDULES + " lost a write under the leader-only rule: the checks have no teeth");
    }

    /** One seeded schedule and everything it observed. */
    private static final class Schedule {
        final SplittableRandom rnd;
        final Cluster cluster;
        final Table table;
        final List<String> steps = new ArrayList<>();
        final List<String> violations = new ArrayList<>();
        final List<Acknowledged> acknowledged = new ArrayList<>();
        final Map<String, List<LinearizabilityChecker.Op>> history = new HashMap<>();
        final Map<String, String> lastSeen = new HashMap<>();
        final List<Pending> pending = new ArrayList<>();
        final Map<String, AvailabilityZone> leaderOfEpoch = new HashMap<>();
        volatile LogEntry lastAppended;
        volatile CountDownLatch appendedOrDone;
        int elections;
        long step;
        int writeIds;

        record Acknowledged(PartitionGroup group, LogEntry entry) {
        }

        record Pending(String key, LinearizabilityChecker.Kind kind, String expected, String written, long invoked,
                       PartitionGroup group, LogEntry entry, Future<?> future) {
        }

        Schedule(AckRule rule, long seed) {
            this.rnd = new SplittableRandom(seed);
            this.cluster = new Cluster(rule, seed);
            this.table = cluster.createTable(TableMetadata.of("Schedule", KEY, 2));
            for (PartitionGroup g : table.partitions()) {
                leaderOfEpoch.put(g.index() + "/1", AvailabilityZone.A);
            }
            cluster.setTrace(new TraceRecorder() {
                @Override
                public void onAppend(PartitionGroup group, LogEntry entry) {
                    lastAppended = entry;
                    appendedOrDone.countDown();
                }

                @Override
                public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
                    elections++;
                    AvailabilityZone before = leaderOfEpoch.putIfAbsent(group.index() + "/" + epoch, leader);
                    if (before != null && before != leader) {
                        violations.add("two leaders in epoch " + epoch + " of partition " + group.index() + ": " + before + ", " + leader);
                    }
                }
            });
        }

        void play() throws Exception {
            for (step = 1; step <= STEPS && violations.isEmpty(); step++) {
                int dice = rnd.nextInt(100);
                if (dice < 45) {
                    write();
                } else if (dice < 60) {
                    read(key(rnd.nextInt(KEYS)));
                } else if (dice < 70) {
                    deliverOne();
                } else if (dice < 78) {
                    hold();
                } else if (dice < 86) {
                    release();
                } else if (dice < 93) {
                    failZone();
                } else {
                    recoverZone();
                }
                settle();
                checkNoAcknowledgedWriteLost();
            }
            // After the last fault: everything comes back and every delivery is released.
            for (AvailabilityZone z : cluster.scheduler().heldZones()) {
                cluster.scheduler().release(z);
            }
            for (AvailabilityZone z : cluster.faults().failedZones()) {
                cluster.faults().recoverAz(z);
            }
            step++;
            settle();
            if (!pending.isEmpty()) {
                violations.add("writes still unsettled after every zone recovered: " + pending);
            }
            checkNoAcknowledgedWriteLost();
            for (int k = 0; k < KEYS; k++) {
                read(key(k));
            }
            checkReplicasIdentical();
            for (Map.Entry<String, List<LinearizabilityChecker.Op>> e : history.entrySet()) {
                if (!new LinearizabilityChecker(e.getValue()).linearizable()) {
                    violations.add("history of " + e.getKey() + " is not linearizable: " + e.getValue());
                }
            }
        }

        static String key(int k) {
            return "k" + k;
        }

        static PrimaryKey primaryKey(String k) {
            return new PrimaryKey(new AttributeValue.S(k), null);
        }

        static String version(Item item) {
            return item == null ? null : ((AttributeValue.S) item.get("v")).value();
        }

        void write() throws Exception {
            if (pending.size() >= 3) {
                read(key(rnd.nextInt(KEYS)));
                return;
            }
            String k = key(rnd.nextInt(KEYS));
            LinearizabilityChecker.Kind kind = LinearizabilityChecker.Kind.values()[rnd.nextInt(3)];
            String expected = kind == LinearizabilityChecker.Kind.REPLACE_IF
                    ? (lastSeen.get(k) != null && rnd.nextInt(4) > 0 ? lastSeen.get(k) : "w" + rnd.nextInt(writeIds + 1)) : null;
            String written = kind == LinearizabilityChecker.Kind.DELETE_IF_EXISTS ? null : "w" + (++writeIds);
            Precondition pre = switch (kind) {
                case CREATE -> Objects::isNull;
                case REPLACE_IF -> existing -> Objects.equals(version(existing), expected);
                case DELETE_IF_EXISTS -> Objects::nonNull;
                case READ -> throw new IllegalStateException();
            };
            Mutation m = written == null ? Mutation.DELETE
                    : Mutation.put(Item.of(Map.of("pk", new AttributeValue.S(k), "v", new AttributeValue.S(written))));
            steps.add(step + ": " + kind + " " + k + (expected == null ? "" : " if " + expected) + (written == null ? "" : " := " + written));
            PrimaryKey pk = primaryKey(k);
            PartitionGroup group = table.partitionFor(pk);
            lastAppended = null;
            appendedOrDone = new CountDownLatch(1);
            CountDownLatch signal = appendedOrDone;
            Future<?> f = WRITERS.submit(() -> {
                try {
                    return table.write(pk, pre, m);
                } finally {
                    signal.countDown();
                }
            });
            if (!signal.await(10, TimeUnit.SECONDS)) {
                throw new AssertionError("write neither appended nor finished: step " + step);
            }
            LogEntry entry = lastAppended;
            Pending p = new Pending(k, kind, expected, written, step, group, entry, f);
            if (entry == null) {
                complete(p); // refused before reaching the log: condition failed, or no quorum
            } else {
                pending.add(p);
            }
        }

        /** Joins every write whose fate the cluster has decided: acknowledged, or cut from the log. */
        void settle() throws Exception {
            for (int i = 0; i < pending.size(); ) {
                Pending p = pending.get(i);
                if (p.group().writeState(p.entry()) != PartitionGroup.WriteState.PENDING) {
                    pending.remove(i);
                    complete(p);
                } else {
                    i++;
                }
            }
        }

        void complete(Pending p) throws Exception {
            try {
                p.future().get(10, TimeUnit.SECONDS);
                record(p, true);
                steps.add(step + ": acknowledged " + p.written() + " on " + p.key());
                acknowledged.add(new Acknowledged(p.group(), p.entry()));
                lastSeen.put(p.key(), p.written());
            } catch (ExecutionException e) {
                DynamoException d = (DynamoException) e.getCause();
                if (d.type() == ErrorType.CONDITIONAL_CHECK_FAILED) {
                    record(p, false);
                    lastSeen.put(p.key(), version(d.item() == null ? null : Item.of(castItem(d.item()))));
                } else if (d.type() == ErrorType.INTERNAL_SERVER_ERROR) {
                    steps.add(step + ": refused " + p.written() + " on " + p.key() + ": " + d.getMessage());
                } else {
                    violations.add("unexpected error " + d.type() + ": " + d.getMessage());
                }
                // An internal error: refused before the log, or cut from it. Either way no effect.
            } catch (TimeoutException e) {
                violations.add("a settled write did not return: " + p);
            }
        }

        @SuppressWarnings("unchecked")
        static Map<String, AttributeValue> castItem(Map<String, ?> m) {
            return (Map<String, AttributeValue>) m;
        }

        void record(Pending p, boolean succeeded) {
            history.computeIfAbsent(p.key(), x -> new ArrayList<>()).add(new LinearizabilityChecker.Op(
                    p.kind(), p.expected(), p.written(), succeeded, null, p.invoked(), step));
        }

        void read(String k) {
            try {
                String v = version(table.read(primaryKey(k), true));
                history.computeIfAbsent(k, x -> new ArrayList<>()).add(new LinearizabilityChecker.Op(
                        LinearizabilityChecker.Kind.READ, null, null, true, v, step, step));
                lastSeen.put(k, v);
                steps.add(step + ": read " + k + " = " + v);
            } catch (DynamoException e) {
                steps.add(step + ": read " + k + " refused: " + e.type());
            }
        }

        AvailabilityZone anyZone() {
            return AvailabilityZone.values()[rnd.nextInt(3)];
        }

        void deliverOne() {
            PartitionGroup g = table.partitions().get(rnd.nextInt(2));
            AvailabilityZone z = anyZone();
            steps.add(step + ": deliver one to " + z + " in partition " + g.index() + ": " + cluster.scheduler().deliverOne(g, z));
        }

        void hold() {
            AvailabilityZone z = anyZone();
            cluster.scheduler().hold(z);
            steps.add(step + ": hold " + z);
        }

        void release() {
            AvailabilityZone z = anyZone();
            cluster.scheduler().release(z);
            steps.add(step + ": release " + z);
        }

        void failZone() {
            if (cluster.faults().failedZones().size() >= 2) {
                recoverZone();
                return;
            }
            AvailabilityZone z = anyZone();
            cluster.faults().failAz(z);
            steps.add(step + ": fail " + z + " " + leaders());
        }

        void recoverZone() {
            if (cluster.faults().failedZones().isEmpty()) {
                return;
            }
            List<AvailabilityZone> down = new ArrayList<>(cluster.faults().failedZones());
            AvailabilityZone z = down.get(rnd.nextInt(down.size()));
            cluster.faults().recoverAz(z);
            steps.add(step + ": recover " + z + " " + leaders());
        }

        /** Each partition's leader, epoch and replica positions, for the step log. */
        String leaders() {
            StringBuilder b = new StringBuilder();
            for (PartitionGroup g : table.partitions()) {
                var st = g.status();
                b.append("[p").append(st.partition()).append(" leader ").append(st.leader()).append(" e").append(st.epoch())
                        .append(" log ").append(st.logLength());
                for (var r : st.replicas()) {
                    b.append(' ').append(r.zone()).append(r.up() ? "" : "(down)").append(':').append(r.applied());
                }
                b.append(']');
            }
            return b.toString();
        }

        void checkNoAcknowledgedWriteLost() {
            for (Acknowledged a : acknowledged) {
                if (!a.group().holdsInLog(a.entry())) {
                    violations.add("lost acknowledged write " + a.entry().sequence() + " (epoch " + a.entry().epoch()
                            + ") of partition " + a.group().index() + " at step " + step);
                }
            }
        }

        void checkReplicasIdentical() {
            for (int k = 0; k < KEYS; k++) {
                PrimaryKey pk = primaryKey(key(k));
                PartitionGroup g = table.partitionFor(pk);
                Item a = g.replica(AvailabilityZone.A).get(pk);
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    Replica r = g.replica(z);
                    if (!Objects.equals(a, r.get(pk))) {
                        violations.add("replicas differ on " + key(k) + " after the last recovery: a=" + a + ", " + z + "=" + r.get(pk)
                                + " " + g.status());
                    }
                }
            }
            for (PartitionGroup g : table.partitions()) {
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    if (g.replica(z).appliedSequence() != g.logLength()) {
                        violations.add("replica " + z + " of partition " + g.index() + " did not catch up: " + g.status());
                    }
                }
            }
        }
    }
}
