package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.IndexFeed;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the engine's global secondary index to spec/Indexes.tla: the table's state after every
 * acknowledgement and every index step of seeded schedules with zone failures, held propagation
 * and backfills, and of a put that waits for its quorum while propagation runs, recorded in the
 * model's variables, must satisfy IndexShowsOnlyAcknowledgedWrites
 * in every state and IndexNeverGoesBack in every step, which TLC evaluates
 * (spec/trace/TraceIndexes.tla). The engine under the unsafe feed (an index fed each entry as
 * the leader appends it) leaves a state TLC rejects with IndexShowsOnlyAcknowledgedWrites; so do
 * corrupted copies of a run, one with an index entry whose write is not acknowledged, and one
 * whose index goes back to an older version, with IndexNeverGoesBack.
 *
 * <p>{@code -Dtrace.indexSchedules=N} checks N schedules (24 by default).
 */
class IndexStatesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.indexSchedules", 24);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check", "indexes");

    @Test
    void everyStateAndStepOfTheSchedulesSatisfiesTheModelsIndexProperties() throws Exception {
        List<IndexStates.Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            runs.add(IndexStates.record(seed, STEPS));
        }
        runs.add(IndexStates.recordPutAwaitingQuorum(IndexFeed.COMMITTED));
        int states = IndexStates.stateCount(runs);
        int backfilled = runs.stream().mapToInt(IndexStates.Run::backfilled).sum();
        long withBackfill = runs.stream().filter(r -> r.backfilled() > 0).count();
        ModelCheckResult result = IndexStates.check(SPEC, WORK.resolve("engine"), runs, Duration.ofMinutes(5));
        System.out.printf("index states: %d schedules and a put awaiting its quorum, %d states, %d items backfilled in %d runs: %s, %d distinct states in %d ms%n",
                SCHEDULES, states, backfilled, withBackfill, result.outcome(), result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result);
        assertEquals(states, result.distinctStates(), "TLC visited every recorded state");
        assertTrue(states > SCHEDULES * 10, "the schedules record index steps: " + states);
        assertTrue(withBackfill >= SCHEDULES / 4, "a backfill runs in many schedules: " + withBackfill);
    }

    /**
     * The mutation of the engine: under the unsafe feed (the model's IndexFeed = "LeaderLog"),
     * the index shows a put that waits for its quorum, and TLC rejects that state.
     */
    @Test
    void theUnsafeFeedLeavesAStateWithAnUnacknowledgedIndexEntry() throws Exception {
        List<IndexStates.Run> runs = List.of(IndexStates.record(1, STEPS), IndexStates.recordPutAwaitingQuorum(IndexFeed.UNSAFE_LEADER_LOG));
        ModelCheckResult result = IndexStates.check(SPEC, WORK.resolve("unsafe"), runs, Duration.ofMinutes(5));
        System.out.printf("index states, unsafe feed: %s %s after %d distinct states%n",
                result.outcome(), result.property(), result.distinctStates());
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("IndexShowsOnlyAcknowledgedWrites", result.property());
    }

    @Test
    void anIndexEntryOfAnUnacknowledgedWriteIsRejected() throws Exception {
        List<IndexStates.Run> runs = List.of(IndexStates.record(1, STEPS),
                IndexStates.withUnacknowledgedEntry(IndexStates.record(2, STEPS)));
        ModelCheckResult result = IndexStates.check(SPEC, WORK.resolve("unacknowledged"), runs, Duration.ofMinutes(5));
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("IndexShowsOnlyAcknowledgedWrites", result.property());
    }

    @Test
    void anIndexThatGoesBackToAnOlderVersionIsRejected() throws Exception {
        List<IndexStates.Run> runs = List.of(IndexStates.goingBack(IndexStates.record(3, STEPS)));
        ModelCheckResult result = IndexStates.check(SPEC, WORK.resolve("back"), runs, Duration.ofMinutes(5));
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        // TLC names a violated action property by the definition it expands to: the model's own.
        assertEquals("IDX!IndexNeverGoesBack", result.property());
    }
}
