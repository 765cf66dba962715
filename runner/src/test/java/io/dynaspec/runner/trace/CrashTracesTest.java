package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trace validation of crashes: the engine, its tables on disk, records the model's Force, CrashAZ
 * and RestartAZ steps with each replica's durable prefix, and TLC follows the traces with the
 * actions of spec/Durability.tla (spec/trace/TraceDurability.tla). Seeded schedules that crash
 * followers and leaders within the failure budget, under the rule counting forced copies, must
 * all be accepted; under the unsafe rule counting copies in memory, TLC must reject traces at
 * an acknowledgement fewer than a majority of replicas had forced; and a crash recorded as
 * keeping entries its replica never forced must be rejected at that crash.
 *
 * <p>{@code -Dtrace.crashSchedules=N} checks N schedules (30 by default).
 */
class CrashTracesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.crashSchedules", 30);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check");
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyTraceOfSchedulesWithCrashesIsABehaviourOfTheDurabilityModel() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            ScheduleTraces r = ScheduleTraces.recordWithCrashes(AckCounts.DURABLE_COPIES, seed, STEPS, WRITERS);
            assertFalse(r.lostWrite(), "schedule " + seed + " lost an acknowledged write");
            traces.addAll(r.traces());
        }
        Counts c = Counts.of(traces);
        TraceCheckResult result = check("crashes", traces);
        System.out.printf("trace-check with crashes: %d schedules, %d traces, %d steps, %d forces, %d crashes "
                        + "(%d of the leader), %d restarts, %d elections: %d accepted, %d distinct states, %d ms of TLC%n",
                SCHEDULES, traces.size(), result.steps(), c.forces, c.crashes, c.leaderCrashes, c.restarts, c.elections,
                result.acceptedCount(), result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertTrue(result.rejected().isEmpty(), () -> "rejected: " + result.rejected());
        assertEquals(traces.size(), result.acceptedCount());
        assertTrue(c.leaderCrashes > 0 && c.crashes > c.leaderCrashes, "the schedules crash leaders and followers: " + c);
        assertTrue(c.restarts > 0 && c.acknowledged > 0, "the schedules restart zones and acknowledge writes: " + c);
    }

    @Test
    void tracesOfAnEngineCountingUnforcedCopiesAreRejectedAtAnAcknowledgementWithoutDurableQuorum() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES / 3; seed++) {
            ScheduleTraces r = ScheduleTraces.recordWithCrashes(AckCounts.UNSAFE_IN_MEMORY_COPIES, seed, STEPS, WRITERS);
            List<RecordedTrace> recorded = r.traces();
            if (r.lostWrite()) {
                lost.add(recorded.get(0).name().substring(0, recorded.get(0).name().indexOf('/')));
            }
            traces.addAll(recorded);
        }
        TraceCheckResult result = check("crashes-unsafe", traces);
        System.out.printf("trace-check with crashes, copies in memory counted: %d traces, %d steps (schedules that lost "
                + "a write: %s): %d rejected%n", traces.size(), result.steps(), lost, result.rejected().size());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertFalse(result.rejected().isEmpty(), "the unsafe rule's traces must not all pass");
        for (TraceVerdict v : result.rejected()) {
            TraceCheckTest.assertAcknowledgedWithoutQuorum(v);
        }
        for (String schedule : lost) {
            assertTrue(result.rejected().stream().anyMatch(v -> v.trace().startsWith(schedule + "/")),
                    () -> schedule + " lost an acknowledged write, and none of its traces was rejected");
        }
    }

    /**
     * A crash that keeps what the replica never forced — as if its unforced records had reached
     * the disk — is not Durability's CrashAZ: the recorded state after the crash differs from the
     * model's, which cuts the replica's log to its durable prefix.
     */
    @Test
    void aCrashRecordedAsKeepingUnforcedEntriesIsRejectedAtThatCrash() throws Exception {
        RecordedTrace honest = null;
        int at = -1;
        for (long seed = 1; seed <= SCHEDULES && at < 0; seed++) {
            for (RecordedTrace t : ScheduleTraces.recordWithCrashes(AckCounts.DURABLE_COPIES, seed, STEPS, WRITERS).traces()) {
                at = crashLosingEntries(t);
                if (at >= 0) {
                    honest = t;
                    break;
                }
            }
        }
        assertTrue(at >= 0, "no crash lost unforced entries: the schedules do not exercise it");
        List<JsonNode> steps = new ArrayList<>(honest.steps());
        ObjectNode tampered = steps.get(at).deepCopy();
        String zone = tampered.path("args").path("az").asText();
        // The replica keeps the log it held in memory before the crash.
        ((ObjectNode) tampered.get("state").get("log")).set(zone, steps.get(at - 1).get("state").get("log").get(zone));
        steps.set(at, tampered);
        TraceCheckResult result = check("crash-keeps-unforced", List.of(new RecordedTrace("tampered", steps), honest));
        assertEquals(1, result.acceptedCount(), "the honest trace passes");
        TraceVerdict v = result.rejected().get(0);
        assertEquals("tampered", v.trace());
        assertEquals(at + 1, v.steps());
        assertEquals("CrashAZ", v.action());
        assertEquals("the model takes this step but reaches another state", v.reason());
    }

    /** The index of the first CrashAZ step whose replica held entries it had not forced, or -1. */
    private static int crashLosingEntries(RecordedTrace t) {
        for (int i = 1; i < t.steps().size(); i++) {
            JsonNode s = t.steps().get(i);
            if (s.get("action").asText().equals("CrashAZ")) {
                String zone = s.path("args").path("az").asText();
                JsonNode before = t.steps().get(i - 1).get("state");
                if (before.get("log").get(zone).size() > before.get("durable").get(zone).asInt()) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** What the traces exercise. */
    private record Counts(int forces, int crashes, int leaderCrashes, int restarts, int elections, int acknowledged) {
        static Counts of(List<RecordedTrace> traces) {
            int forces = 0, crashes = 0, leaderCrashes = 0, restarts = 0, elections = 0, acknowledged = 0;
            for (RecordedTrace t : traces) {
                String leader = "A";
                for (JsonNode s : t.steps()) {
                    String action = s.get("action").asText();
                    switch (action) {
                        case "Force" -> forces++;
                        case "CrashAZ" -> {
                            crashes++;
                            leaderCrashes += s.path("args").path("az").asText().equals(leader) ? 1 : 0;
                        }
                        case "RestartAZ" -> restarts++;
                        case "ElectLeader" -> elections++;
                        case "Acknowledge" -> acknowledged++;
                        default -> { }
                    }
                    leader = s.get("state").get("leader").asText();
                }
            }
            return new Counts(forces, crashes, leaderCrashes, restarts, elections, acknowledged);
        }
    }

    private static TraceCheckResult check(String name, List<RecordedTrace> traces) throws Exception {
        return new TraceChecker(SPEC, WORK.resolve(name), 2, Duration.ofMinutes(10)).check(traces, p -> { });
    }
}
