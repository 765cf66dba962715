package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Replica;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule.Operation;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule.Outcome;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule.Read;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule.Write;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded random fault schedules ({@link RandomFaultSchedule}): conditional writers on a few keys
 * of a two-partition table while availability zones fail and recover and replication deliveries
 * are held, stepped and released. Every schedule is replayable from its seed.
 *
 * <p>Checked after every step and at the end: no acknowledged write is ever cut from its
 * partition's log; at most one leader per partition per epoch; once every zone is back and every
 * delivery released, all replicas of a partition hold the same items; and the history of
 * conditional writes and consistent reads on each key is linearizable. Under the unsafe
 * leader-only rule the same generator must find a lost write.
 *
 * <p>With transfers, the schedules also move money between accounts on both partitions of a
 * second table in transactions, some of them held between their phases through zone failures:
 * every TransactGetItems snapshot of the accounts, and the last one after the heal, must show the
 * opening total (transaction-apis.html: a TransactGetItems sees all of a transaction's writes or
 * none), and no item may stay prepared.
 *
 * <p>{@code -Dschedules=N} runs N schedules (1,000 by default).
 */
class RandomFaultScheduleTest {
    private static final int SCHEDULES = Integer.getInteger("schedules", 1000);
    private static final int STEPS = 60;
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void underQuorumNoAcknowledgedWriteIsLostAndConditionalWritesAreLinearizable() throws Exception {
        int writesAcknowledged = 0;
        int failovers = 0;
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            CheckedSchedule s = new CheckedSchedule(AckRule.QUORUM, seed);
            s.play();
            if (!s.violations.isEmpty()) {
                fail("schedule " + seed + " (replay with this seed): " + s.violations + "\nsteps: " + s.schedule.steps());
            }
            writesAcknowledged += s.acknowledged.size();
            failovers += s.elections;
        }
        System.out.printf("%d schedules: %d acknowledged writes, %d leader elections, no violation%n",
                SCHEDULES, writesAcknowledged, failovers);
        assertTrue(failovers > SCHEDULES / 10, "the generator exercises failover");
    }

    @Test
    void transfersBetweenAccountsOnTwoPartitionsConserveTheTotalInEverySnapshot() throws Exception {
        int transfers = 0;
        int snapshots = 0;
        int failovers = 0;
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            CheckedSchedule s = new CheckedSchedule(AckRule.QUORUM, seed, true);
            s.play();
            if (!s.violations.isEmpty()) {
                fail("schedule " + seed + " with transfers (replay with this seed): " + s.violations + "\nsteps: " + s.schedule.steps());
            }
            transfers += s.transfers;
            snapshots += s.snapshots;
            failovers += s.elections;
        }
        System.out.printf("%d schedules with transfers: %d transfers committed, %d snapshots, %d leader elections, total conserved%n",
                SCHEDULES, transfers, snapshots, failovers);
        assertTrue(transfers > SCHEDULES, "the generator commits transfers");
        assertTrue(snapshots > SCHEDULES, "the generator reads snapshots");
    }

    @Test
    void underTheUnsafeLeaderOnlyRuleTheSameChecksFindALostWrite() throws Exception {
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            CheckedSchedule s = new CheckedSchedule(AckRule.UNSAFE_LEADER_ONLY, seed);
            s.play();
            if (s.violations.stream().anyMatch(v -> v.startsWith("lost"))) {
                System.out.println("unsafe rule: schedule " + seed + " lost an acknowledged write: " + s.violations);
                return;
            }
        }
        fail("no schedule of " + SCHEDULES + " lost a write under the leader-only rule: the checks have no teeth");
    }

    /** One seeded schedule, watched by every check: what it observed and what it found wrong. */
    private static final class CheckedSchedule implements RandomFaultSchedule.Observer {
        final RandomFaultSchedule schedule;
        final List<String> violations = new ArrayList<>();
        final List<Write> acknowledged = new ArrayList<>();
        final Map<String, List<LinearizabilityChecker.Op>> history = new HashMap<>();
        /** Each partition's leader per epoch, by partition group (the schedule's two tables share indexes). */
        final Map<PartitionGroup, Map<Long, AvailabilityZone>> leaderOfEpoch = new java.util.IdentityHashMap<>();
        int elections;
        int transfers;
        int snapshots;

        CheckedSchedule(AckRule rule, long seed) {
            this(rule, seed, false);
        }

        CheckedSchedule(AckRule rule, long seed, boolean withTransfers) {
            this.schedule = new RandomFaultSchedule(rule, seed, WRITERS, new TraceRecorder() {
                @Override
                public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
                    elections++;
                    AvailabilityZone before = leaderOfEpoch.computeIfAbsent(group, g -> new HashMap<>()).putIfAbsent(epoch, leader);
                    if (before != null && before != leader) {
                        violations.add("two leaders in epoch " + epoch + " of partition " + group.index() + ": " + before + ", " + leader);
                    }
                }
            }, this, withTransfers);
            if (withTransfers) {
                java.util.Set<PartitionGroup> used = new java.util.HashSet<>();
                for (int a = 0; a < RandomFaultSchedule.ACCOUNTS; a++) {
                    used.add(schedule.accounts().partitionFor(new PrimaryKey(new io.dynaspec.engine.value.AttributeValue.S("a" + a), null)));
                }
                assertTrue(used.size() == 2, "the accounts are on both partitions");
            }
            List<PartitionGroup> all = new ArrayList<>(schedule.table().partitions());
            if (withTransfers) {
                all.addAll(schedule.accounts().partitions());
            }
            for (PartitionGroup g : all) {
                leaderOfEpoch.computeIfAbsent(g, x -> new HashMap<>()).put(1L, AvailabilityZone.A);
            }
        }

        void play() throws Exception {
            schedule.play(STEPS);
            checkReplicasIdentical();
            for (Map.Entry<String, List<LinearizabilityChecker.Op>> e : history.entrySet()) {
                if (!new LinearizabilityChecker(e.getValue()).linearizable()) {
                    violations.add("history of " + e.getKey() + " is not linearizable: " + e.getValue());
                }
            }
        }

        @Override
        public void onWrite(Write w) {
            if (w.outcome() == Outcome.REFUSED) {
                return; // refused before the log, or cut from it: no effect to place in the history
            }
            boolean succeeded = w.outcome() == Outcome.ACKNOWLEDGED;
            if (succeeded) {
                acknowledged.add(w);
            }
            history.computeIfAbsent(w.key(), x -> new ArrayList<>()).add(new LinearizabilityChecker.Op(
                    w.operation(), w.expected(), w.written(), succeeded, null, w.invoked(), w.responded()));
        }

        @Override
        public void onRead(Read r) {
            history.computeIfAbsent(r.key(), x -> new ArrayList<>()).add(new LinearizabilityChecker.Op(
                    Operation.READ, null, null, true, r.version(), r.step(), r.step()));
        }

        @Override
        public boolean afterStep(long step) {
            for (Write a : acknowledged) {
                if (!a.inLog()) {
                    violations.add("lost acknowledged write " + a.entry().sequence() + " (epoch " + a.entry().epoch()
                            + ") of partition " + a.group().index() + " at step " + step);
                }
            }
            return violations.isEmpty();
        }

        @Override
        public void onSnapshot(long step, List<Long> balances) {
            snapshots++;
            long total = 0;
            for (Long b : balances) {
                if (b == null) {
                    violations.add("an account vanished in the snapshot at step " + step + ": " + balances);
                    return;
                }
                total += b;
            }
            if (total != RandomFaultSchedule.ACCOUNTS * RandomFaultSchedule.OPENING_BALANCE) {
                violations.add("the snapshot at step " + step + " does not conserve the total: " + balances);
            }
        }

        @Override
        public void onTransferCommitted(String from, String to, long amount) {
            transfers++;
        }

        @Override
        public void onUnexpected(String what) {
            violations.add(what);
        }

        void checkReplicasIdentical() {
            for (int k = 0; k < RandomFaultSchedule.KEYS; k++) {
                String key = RandomFaultSchedule.key(k);
                PrimaryKey pk = RandomFaultSchedule.primaryKey(key);
                PartitionGroup g = schedule.table().partitionFor(pk);
                Item a = g.replica(AvailabilityZone.A).get(pk);
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    Replica r = g.replica(z);
                    if (!Objects.equals(a, r.get(pk))) {
                        violations.add("replicas differ on " + key + " after the last recovery: a=" + a + ", " + z + "=" + r.get(pk)
                                + " " + g.status());
                    }
                }
            }
            List<PartitionGroup> groups = new ArrayList<>(schedule.table().partitions());
            if (schedule.accounts() != null) {
                groups.addAll(schedule.accounts().partitions());
                for (int a = 0; a < RandomFaultSchedule.ACCOUNTS; a++) {
                    PrimaryKey pk = new PrimaryKey(new io.dynaspec.engine.value.AttributeValue.S("a" + a), null);
                    PartitionGroup g = schedule.accounts().partitionFor(pk);
                    for (AvailabilityZone z : AvailabilityZone.values()) {
                        if (!Objects.equals(g.replica(AvailabilityZone.A).get(pk), g.replica(z).get(pk))) {
                            violations.add("replicas differ on account a" + a + " after the last recovery: " + g.status());
                        }
                    }
                }
            }
            for (PartitionGroup g : groups) {
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    if (g.replica(z).appliedSequence() != g.logLength()) {
                        violations.add("replica " + z + " of partition " + g.index() + " did not catch up: " + g.status());
                    }
                }
            }
        }
    }
}
