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
        final Map<String, AvailabilityZone> leaderOfEpoch = new HashMap<>();
        int elections;

        CheckedSchedule(AckRule rule, long seed) {
            this.schedule = new RandomFaultSchedule(rule, seed, WRITERS, new TraceRecorder() {
                @Override
                public void onElect(PartitionGroup group, AvailabilityZone leader, long epoch) {
                    elections++;
                    AvailabilityZone before = leaderOfEpoch.putIfAbsent(group.index() + "/" + epoch, leader);
                    if (before != null && before != leader) {
                        violations.add("two leaders in epoch " + epoch + " of partition " + group.index() + ": " + before + ", " + leader);
                    }
                }
            }, this);
            for (PartitionGroup g : schedule.table().partitions()) {
                leaderOfEpoch.put(g.index() + "/1", AvailabilityZone.A);
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
            for (PartitionGroup g : schedule.table().partitions()) {
                for (AvailabilityZone z : AvailabilityZone.values()) {
                    if (g.replica(z).appliedSequence() != g.logLength()) {
                        violations.add("replica " + z + " of partition " + g.index() + " did not catch up: " + g.status());
                    }
                }
            }
        }
    }
}
