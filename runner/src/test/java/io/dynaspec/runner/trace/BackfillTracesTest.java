package io.dynaspec.runner.trace;

import com.fasterxml.jackson.databind.JsonNode;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.tlc.TraceStep;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the engine's backfill of a global secondary index to spec/IndexBackfill.tla: seeded
 * schedules that write, fail and recover zones and hold the index while UpdateTable's path adds
 * it to a table with items, with writes between the backfill's reads and copies, recorded step
 * by step, must be behaviours of the model (TLC takes every step with the model's action and
 * reaches the recorded state), and every state and step must satisfy its properties
 * (spec/trace/TraceIndexBackfill.tla). A corrupted copy of a run, in which a write acknowledged
 * after its partition's read is propagated before the copy of the item it wrote, is refused by
 * the model under the engine's rule (propagation held while CREATING), and, under the broken
 * rule that allows it, rejected with NoEntryOlderThanPropagated.
 *
 * <p>{@code -Dtrace.backfillSchedules=N} checks N schedules (16 by default).
 */
class BackfillTracesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.backfillSchedules", 16);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check", "backfill");

    @Test
    void theEnginesBackfillStepsAreTheModelsSteps() throws Exception {
        List<BackfillTraces.Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            runs.add(BackfillTraces.record(seed, STEPS));
        }
        int states = BackfillTraces.stateCount(runs);
        long copies = runs.stream().mapToLong(r -> r.count("BackfillCopy")).sum();
        long reads = runs.stream().mapToLong(r -> r.count("BackfillRead")).sum();
        long propagations = runs.stream().mapToLong(r -> r.count("Propagate")).sum();
        long duringBackfill = runs.stream().mapToLong(BackfillTraces.Run::acknowledgedWhileCreating).sum();
        ModelCheckResult result = BackfillTraces.check(SPEC, WORK.resolve("engine"), runs, "Held", BackfillTraces.CONFIG,
                Duration.ofMinutes(5));
        System.out.printf("backfill traces: %d schedules, %d states, %d reads, %d copies, %d writes acknowledged while CREATING,"
                        + " %d propagations: %s, %d distinct states in %d ms%n",
                SCHEDULES, states, reads, copies, duringBackfill, propagations, result.outcome(), result.distinctStates(),
                result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result);
        assertEquals(states, result.distinctStates(), "TLC followed every recorded step");
        assertEquals(2L * SCHEDULES, reads, "every schedule's backfill reads both partitions");
        assertTrue(copies > SCHEDULES, "the backfills copy items: " + copies);
        assertTrue(duringBackfill > SCHEDULES, "writes are acknowledged while the backfill runs: " + duringBackfill);
        assertTrue(propagations > SCHEDULES, "the active index is propagated to: " + propagations);
    }

    /**
     * The mutation: a write acknowledged after its partition's read reaches the index before the
     * backfill's copy of the item, which then lands on it with the version it read. The engine's
     * rule (the model's CreatingPropagation = "Held") has no such propagation: the model cannot
     * take the step and TLC reports the deadlock; under "AfterRead" (idx-backfill-broken) it takes
     * it, and the copy breaks NoEntryOlderThanPropagated.
     */
    @Test
    void aCopyLandingOnANewerPropagatedWriteIsRejected() throws Exception {
        BackfillTraces.Run honest = null;
        BackfillTraces.Run corrupted = null;
        for (long seed = 1; corrupted == null; seed++) {
            honest = BackfillTraces.record(seed, STEPS);
            corrupted = BackfillTraces.propagatedBeforeCopy(honest).orElse(null);
        }
        ModelCheckResult held = BackfillTraces.check(SPEC, WORK.resolve("held"), List.of(honest, corrupted), "Held",
                BackfillTraces.CONFIG, Duration.ofMinutes(5));
        int propagate = firstPropagationWhileCreating(corrupted);
        JsonNode stuck = last(held);
        System.out.printf("backfill traces, %s (%d steps, a propagation at step %d) under Held: %s after step %d of run %d%n",
                corrupted.name(), corrupted.steps().size(), propagate + 1, held.outcome(), stuck.path("i").asInt(), stuck.path("run").asInt());
        assertEquals(Outcome.DEADLOCK_FAILURE, held.outcome(), () -> "TLC: " + held);
        assertEquals(2, stuck.path("run").asInt(), "the corrupted run is the one refused");
        assertEquals(propagate, stuck.path("i").asInt(), "the model takes every step before the propagation, and not that one");

        ModelCheckResult afterRead = BackfillTraces.check(SPEC, WORK.resolve("after-read"), List.of(honest, corrupted), "AfterRead",
                BackfillTraces.BROKEN_CONFIG, Duration.ofMinutes(5));
        System.out.printf("backfill traces, %s under AfterRead: %s %s%n", corrupted.name(), afterRead.outcome(), afterRead.property());
        assertEquals(Outcome.SAFETY_FAILURE, afterRead.outcome(), () -> "TLC: " + afterRead);
        assertEquals("NoEntryOlderThanPropagated", afterRead.property());
        JsonNode violated = last(afterRead);
        assertEquals(2, violated.path("run").asInt());
        assertEquals(corrupted.steps().size(), violated.path("i").asInt(), "the state after the copy, the run's last step, breaks it");
    }

    private static int firstPropagationWhileCreating(BackfillTraces.Run run) {
        for (int j = 1; j < run.steps().size(); j++) {
            if (run.steps().get(j).action().equals("Propagate") && run.steps().get(j - 1).state().status().equals("CREATING")) {
                return j;
            }
        }
        throw new IllegalArgumentException("no propagation while CREATING");
    }

    /** The last state of TLC's counterexample. */
    private static JsonNode last(ModelCheckResult result) {
        List<TraceStep> steps = result.counterexample().orElseThrow(() -> new AssertionError("no counterexample: " + result)).steps();
        return steps.get(steps.size() - 1).state();
    }
}
