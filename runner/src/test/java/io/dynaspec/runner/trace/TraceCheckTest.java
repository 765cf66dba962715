package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.engine.cluster.AckRule;
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
 * Ties the engine to the model: TLC follows the traces the engine records, step by step, with
 * the actions of spec/WritePath.tla. The traces of 100 seeded random fault schedules under the
 * quorum rule must all be accepted in one TLC run; traces of the unsafe leader-only rule that
 * lost an acknowledged write must all be rejected, at the acknowledgement the model would not
 * make; and a trace whose recorded state was tampered with must be rejected where it differs.
 *
 * <p>{@code -Dtrace.schedules=N} checks N schedules (100 by default).
 */
class TraceCheckTest {
    private static final int SCHEDULES = Integer.getInteger("trace.schedules", 100);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check");
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyTraceOfTheSeededFaultSchedulesIsABehaviourOfTheModel() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        int elections = 0;
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            ScheduleTraces r = ScheduleTraces.record(AckRule.QUORUM, seed, STEPS, WRITERS);
            assertFalse(r.lostWrite(), "schedule " + seed + " lost an acknowledged write");
            List<RecordedTrace> recorded = r.traces();
            for (RecordedTrace t : recorded) {
                elections += (int) t.steps().stream().filter(s -> s.get("action").asText().equals("ElectLeader")).count();
            }
            traces.addAll(recorded);
        }
        TraceCheckResult result = check("quorum", traces);
        System.out.printf("trace-check: %d traces, %d steps, %d elections: %d accepted in %d ms of TLC in %d run(s)%n",
                traces.size(), result.steps(), elections, result.acceptedCount(), result.time().toMillis(), result.runs().size());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertTrue(result.rejected().isEmpty(), () -> "rejected: " + result.rejected());
        assertEquals(traces.size(), result.acceptedCount());
        assertTrue(elections > SCHEDULES / 10, "the schedules exercise failover");
    }

    /**
     * Schedules with transfers: the logs of the accounts' partitions carry transactions' PREPARE,
     * COMMIT and CANCEL entries, which the model sees as writes of their items; failover, cuts and
     * catch-up of those entries must follow WritePath like any write's.
     */
    @Test
    void tracesOfSchedulesWithTransactionsAreBehavioursOfTheModel() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        int elections = 0;
        int transfers = 0;
        for (long seed = 1; seed <= SCHEDULES / 2; seed++) {
            ScheduleTraces r = ScheduleTraces.record(AckRule.QUORUM, seed, STEPS, WRITERS, true);
            assertFalse(r.lostWrite(), "schedule " + seed + " lost an acknowledged write");
            transfers += r.transfersCommitted();
            List<RecordedTrace> recorded = r.traces();
            for (RecordedTrace t : recorded) {
                elections += (int) t.steps().stream().filter(s -> s.get("action").asText().equals("ElectLeader")).count();
            }
            traces.addAll(recorded);
        }
        TraceCheckResult result = check("transfers", traces);
        System.out.printf("trace-check with transfers: %d traces, %d steps, %d elections, %d transfers committed: %d accepted in %d ms of TLC%n",
                traces.size(), result.steps(), elections, transfers, result.acceptedCount(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertTrue(result.rejected().isEmpty(), () -> "rejected: " + result.rejected());
        assertEquals(traces.size(), result.acceptedCount());
        assertTrue(elections > 0, "the schedules exercise failover");
        assertTrue(transfers > SCHEDULES / 2, "the schedules commit transactions: " + transfers);
    }

    @Test
    void tracesOfTheUnsafeRuleThatLoseAWriteAreRejectedAtTheirFirstAcknowledgementWithoutAQuorum() throws Exception {
        List<RecordedTrace> traces = new ArrayList<>();
        for (long seed = 1; seed <= 1000 && traces.size() < 5; seed++) {
            ScheduleTraces r = ScheduleTraces.record(AckRule.UNSAFE_LEADER_ONLY, seed, STEPS, WRITERS);
            if (r.lostWrite()) {
                traces.addAll(r.traces());
            }
        }
        assertFalse(traces.isEmpty(), "no unsafe schedule lost a write: the mutation is not exercised");
        TraceCheckResult result = check("unsafe", traces);
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        long withWrites = traces.stream()
                .filter(t -> t.steps().stream().anyMatch(s -> s.get("action").asText().equals("Acknowledge")))
                .count();
        assertEquals(withWrites, result.rejected().size(), "every unsafe trace that acknowledges a write is rejected");
        result.rejected().forEach(TraceCheckTest::assertAcknowledgedWithoutQuorum);
    }

    /** The unsafe rule's rejection: at an Acknowledge the model cannot take, of a write only the engine acknowledged. */
    static void assertAcknowledgedWithoutQuorum(TraceVerdict v) {
        assertEquals("Acknowledge", v.action(), v.toString());
        assertEquals("the model cannot take this step here", v.reason());
        JsonNode engine = v.engine().orElseThrow().get("state");
        JsonNode model = v.model().orElseThrow();
        assertTrue(engine.get("acknowledged").size() > model.get("acknowledged").size(),
                "the engine acknowledged a write the model does not: " + v);
    }

    @Test
    void aTraceWhoseStateDiffersFromTheModelsIsRejectedAtThatStep() throws Exception {
        RecordedTrace honest = ScheduleTraces.record(AckRule.QUORUM, 7, STEPS, WRITERS).traces().get(0);
        List<JsonNode> steps = new ArrayList<>(honest.steps());
        int at = 0;
        while (!steps.get(at).get("action").asText().equals("PutItem")) {
            at++;
        }
        ObjectNode tampered = steps.get(at).deepCopy();
        ArrayNode followerLog = (ArrayNode) ((ObjectNode) tampered.get("state")).with("log").get("C");
        followerLog.add(99);
        steps.set(at, tampered);
        TraceCheckResult result = check("tampered", List.of(new RecordedTrace("tampered", steps), honest));
        assertEquals(1, result.acceptedCount(), "the honest trace passes");
        TraceVerdict v = result.rejected().get(0);
        assertEquals("tampered", v.trace());
        assertEquals(at + 1, v.steps());
        assertEquals("the model takes this step but reaches another state", v.reason());
    }

    private static TraceCheckResult check(String name, List<RecordedTrace> traces) throws Exception {
        return new TraceChecker(SPEC, WORK.resolve(name), 2, Duration.ofMinutes(10)).check(traces, p -> { });
    }
}
