package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Trace validation of power cuts: in seeded schedules with crashes, some steps cut the power of
 * the whole engine (its in-memory volume turned off) and start it again from what its replicas
 * forced; the engine records the model's PowerCut and Restart steps (the leader the start chose,
 * its epoch, the logs cut back), and TLC follows the traces with the actions of spec/PowerCut.tla
 * and spec/Durability.tla (spec/trace/TracePowerCut.tla). Every trace must be accepted; a
 * restart recorded as choosing a leader whose durable log lacks an acknowledged write, as a
 * restart that let the first zone up lead would, must be refused at that step, and under
 * PowerCut's broken rule ("FirstUp") TLC must name NoAcknowledgedWriteLostToCrashes.
 *
 * <p>{@code -Dtrace.powerCutSchedules=N} checks N schedules (30 by default).
 */
class PowerCutTracesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.powerCutSchedules", 30);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check");
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();
    private static final List<String> ZONES = List.of("A", "B", "C");

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyTraceOfSchedulesWithPowerCutsIsABehaviourOfThePowerCutModel() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            ScheduleTraces r = ScheduleTraces.recordWithPowerCuts(AckCounts.DURABLE_COPIES, seed, STEPS, WRITERS);
            assertFalse(r.lostWrite(), "schedule " + seed + " lost an acknowledged write");
            traces.addAll(r.traces());
        }
        Counts c = Counts.of(traces);
        TraceCheckResult result = check("power-cuts", traces);
        System.out.printf("trace-check with power cuts: %d schedules, %d traces, %d steps, %d power cuts (%d with "
                        + "writes on disk, %d with durable logs of different lengths, %d losing unforced entries), "
                        + "%d restarts (%d led by a zone other than A, %d acknowledging writes as they force), "
                        + "%d zone crashes, %d elections: %d accepted, %d distinct states, %d ms of TLC%n",
                SCHEDULES, traces.size(), result.steps(), c.cuts, c.cutsWithWrites, c.cutsUneven, c.cutsLosing,
                c.restarts, c.restartsNotA, c.restartsAcknowledging, c.crashes, c.elections,
                result.acceptedCount(), result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertTrue(result.rejected().isEmpty(), () -> "rejected: " + result.rejected());
        assertEquals(traces.size(), result.acceptedCount());
        assertEquals(c.cuts, c.restarts, "every power cut is followed by a restart");
        assertTrue(c.cutsUneven > 0 && c.cutsLosing > 0, "the cuts leave replicas with different durable logs, "
                + "and take entries that were not forced: " + c);
        assertTrue(c.restartsNotA > 0 && c.restartsAcknowledging > 0, "restarts choose other zones than the first, "
                + "and acknowledge writes: " + c);
    }

    /**
     * A restart recorded as led by a replica whose durable log lacks an acknowledged write — what
     * an engine that let the first replica up lead alone would record — is not PowerCut's Restart
     * under the engine's rule: refused at that step. Under the broken rule the model takes it, and
     * TLC finds the acknowledged write lost.
     */
    @Test
    void aRestartLedByAReplicaLackingAnAcknowledgedWriteIsRejected() throws Exception {
        RecordedTrace honest = null;
        int at = -1;
        String zone = null;
        for (long seed = 1; seed <= SCHEDULES && at < 0; seed++) {
            for (RecordedTrace t : ScheduleTraces.recordWithPowerCuts(AckCounts.DURABLE_COPIES, seed, STEPS, WRITERS).traces()) {
                at = firstRestart(t);
                zone = at < 0 ? null : zoneLackingAnAcknowledgedWrite(t.steps().get(at - 1).get("state"));
                if (zone != null) {
                    honest = t;
                    break;
                }
                at = -1;
            }
        }
        assertTrue(at >= 0, "no power cut left a replica without an acknowledged write: the schedules do not exercise it");
        assertNotNull(honest);
        List<JsonNode> steps = new ArrayList<>(honest.steps().subList(0, at + 1));
        steps.set(at, restartLedBy(steps.get(at), steps.get(at - 1).get("state"), zone));
        RecordedTrace tampered = new RecordedTrace("tampered", steps);

        TraceCheckResult result = check("restart-first-up", List.of(tampered, honest));
        assertEquals(1, result.acceptedCount(), "the honest trace passes");
        TraceVerdict v = result.rejected().get(0);
        System.out.printf("trace-check, a restart led by %s (%s, step %d): %s: %s%n", zone, honest.name(), at + 1,
                v.action(), v.reason());
        assertEquals("tampered", v.trace());
        assertEquals(at + 1, v.steps());
        assertEquals("Restart", v.action());
        assertEquals("the model cannot take this step here", v.reason());

        TraceCheckResult firstUp = new TraceChecker(SPEC, WORK.resolve("restart-first-up-broken"), 1, Duration.ofMinutes(10))
                .check(List.of(tampered), TraceSpec.POWER_CUT_FIRST_UP, p -> { });
        ModelCheckResult run = firstUp.runs().get(0);
        System.out.printf("trace-check under RestartRule = \"FirstUp\": %s %s%n", run.outcome(), run.property());
        assertEquals(Outcome.SAFETY_FAILURE, run.outcome(), () -> "TLC: " + run);
        assertEquals("NoAcknowledgedWriteLostToCrashes", run.property());
    }

    /** The index of the trace's first Restart step, or -1. */
    private static int firstRestart(RecordedTrace t) {
        for (int i = 1; i < t.steps().size(); i++) {
            if (t.steps().get(i).get("action").asText().equals("Restart")) {
                return i;
            }
        }
        return -1;
    }

    /** A zone whose log, as the power cut left it, lacks an acknowledged write; null if none. */
    private static String zoneLackingAnAcknowledgedWrite(JsonNode state) {
        for (String z : ZONES) {
            Set<Integer> held = new HashSet<>();
            state.get("log").get(z).forEach(id -> held.add(id.asInt()));
            for (JsonNode id : state.get("acknowledged")) {
                if (!held.contains(id.asInt())) {
                    return z;
                }
            }
        }
        return null;
    }

    /** The restart step as it would read had the zone led with its own durable log. */
    private static JsonNode restartLedBy(JsonNode restart, JsonNode cut, String zone) {
        ObjectNode s = restart.deepCopy();
        ((ObjectNode) s.get("args")).put("az", zone);
        ObjectNode state = (ObjectNode) s.get("state");
        state.put("leader", zone);
        JsonNode log = cut.get("log").get(zone);
        ObjectNode logs = state.putObject("log");
        ObjectNode durable = state.putObject("durable");
        for (String z : ZONES) {
            logs.set(z, log.deepCopy());
            durable.put(z, Math.min(cut.get("durable").get(z).asInt(), log.size()));
        }
        return s;
    }

    /** What the traces exercise. */
    private record Counts(int cuts, int cutsWithWrites, int cutsUneven, int cutsLosing, int restarts, int restartsNotA,
                          int restartsAcknowledging, int crashes, int elections) {
        static Counts of(List<RecordedTrace> traces) {
            int cuts = 0, withWrites = 0, uneven = 0, losing = 0, restarts = 0, notA = 0, acknowledging = 0;
            int crashes = 0, elections = 0;
            for (RecordedTrace t : traces) {
                List<JsonNode> steps = t.steps();
                for (int i = 0; i < steps.size(); i++) {
                    JsonNode s = steps.get(i);
                    switch (s.get("action").asText()) {
                        case "PowerCut" -> {
                            cuts++;
                            Set<Integer> lengths = new HashSet<>();
                            int kept = 0;
                            int held = 0;
                            for (String z : ZONES) {
                                lengths.add(s.get("state").get("log").get(z).size());
                                kept += s.get("state").get("log").get(z).size();
                                held += i == 0 ? 0 : steps.get(i - 1).get("state").get("log").get(z).size();
                            }
                            withWrites += kept > 0 ? 1 : 0;
                            uneven += lengths.size() > 1 ? 1 : 0;
                            losing += held > kept ? 1 : 0;
                        }
                        case "Restart" -> {
                            restarts++;
                            notA += s.path("args").path("az").asText().equals("A") ? 0 : 1;
                            for (int j = i + 1; j < steps.size() && steps.get(j).get("action").asText().matches("Force|Acknowledge"); j++) {
                                if (steps.get(j).get("action").asText().equals("Acknowledge")) {
                                    acknowledging++;
                                    break;
                                }
                            }
                        }
                        case "CrashAZ" -> crashes++;
                        case "ElectLeader" -> elections++;
                        default -> { }
                    }
                }
            }
            return new Counts(cuts, withWrites, uneven, losing, restarts, notA, acknowledging, crashes, elections);
        }
    }

    private static TraceCheckResult check(String name, List<RecordedTrace> traces) throws Exception {
        return new TraceChecker(SPEC, WORK.resolve(name), 2, Duration.ofMinutes(10)).check(traces, p -> { });
    }
}
