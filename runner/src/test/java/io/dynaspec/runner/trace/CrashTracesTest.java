package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
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
 * an acknowledgement fewer than a majority of replicas had forced.
 *
 * <p>{@code -Dtrace.crashSchedules=N} checks N schedules (30 by default).
 */
class CrashTracesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.crashSchedules", 30);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check");
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();
    private static final ObjectMapper JSON = new ObjectMapper();

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
            traces.addAll(read(r));
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
        int lost = 0;
        for (long seed = 1; seed <= SCHEDULES / 3; seed++) {
            ScheduleTraces r = ScheduleTraces.recordWithCrashes(AckCounts.UNSAFE_IN_MEMORY_COPIES, seed, STEPS, WRITERS);
            lost += r.lostWrite() ? 1 : 0;
            traces.addAll(read(r));
        }
        TraceCheckResult result = check("crashes-unsafe", traces);
        System.out.printf("trace-check with crashes, copies in memory counted: %d traces (%d schedules lost a write): "
                + "%d rejected%n", traces.size(), lost, result.rejected().size());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertFalse(result.rejected().isEmpty(), "the unsafe rule's traces must not all pass");
        for (TraceVerdict v : result.rejected()) {
            TraceCheckTest.assertAcknowledgedWithoutQuorum(v);
        }
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

    private static List<RecordedTrace> read(ScheduleTraces r) throws Exception {
        StringWriter out = new StringWriter();
        r.recorder().writeJsonLines(out);
        List<JsonNode> lines = new ArrayList<>();
        for (String line : out.toString().split("\n")) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line));
            }
        }
        return RecordedTrace.group(lines);
    }

    private static TraceCheckResult check(String name, List<RecordedTrace> traces) throws Exception {
        return new TraceChecker(SPEC, WORK.resolve(name), 2, Duration.ofMinutes(10)).check(traces, p -> { });
    }
}
