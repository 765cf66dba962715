package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.IndexFeed;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indexes' model-based tests (spec/mbt/README.md): EngineIndexes' state graph for
 * spec/mbt/mbt-idx.cfg, and every behaviour of the cover of its transitions driven on the engine,
 * which must answer as the model does and reach its state, the global index's contents as a
 * Query on it shows them included, after every operation. (The engine's broken feed,
 * IndexFeed.UNSAFE_LEADER_LOG, follows them too: in this schedule every appended entry is
 * acknowledged inside its write; spec/mbt/README.md.) {@code -Dmbt.idx.limit=N} drives N
 * behaviours drawn with the seed {@code -Dmbt.idx.seed=S} (default 17).
 */
class IndexModelTest {

    private static final Path SPEC = Path.of("..", "spec");
    private static final int LIMIT = Integer.getInteger("mbt.idx.limit", 0);
    private static final long SEED = Long.getLong("mbt.idx.seed", 17L);
    private static TransactionModelTests.Report safe;

    @BeforeAll
    static void driveTheGraph() throws Exception {
        IndexModelTests tests = new IndexModelTests(SPEC, Path.of("target", "mbt", "mbt-idx"), 2,
                Duration.ofMinutes(10), "mbt-idx");
        tests.build(p -> { });
        safe = tests.drive(AckRule.QUORUM, IndexFeed.COMMITTED, LIMIT, SEED, 3, (d, n) -> { });
        print("committed", safe);
    }

    private static void print(String what, TransactionModelTests.Report r) {
        System.out.printf("indexes' model-based tests (index fed from the %s): %,d states, %,d transitions, "
                        + "%,d behaviours (%,d driven, %,d steps, %,d operations) in %.1f s; %d failed%n",
                what, r.states(), r.transitions(), r.behaviours(), r.replayed(), r.steps(), r.operations(),
                r.replayTime().toMillis() / 1000.0, r.failed());
        r.outcomes().forEach((k, v) -> System.out.printf("  %,7d  %s%n", v, k));
        for (TransactionModelTests.Failure f : r.failures()) {
            System.out.println("behaviour " + f.behaviour() + ":");
            for (TransactionReplay.Step s : f.result().steps()) {
                System.out.println("  " + (s.asPredicted() ? "  " : "X ") + s.index() + " " + s.action() + " -> " + s.engine());
            }
        }
    }

    @Test
    void tlcChecksTheEngineScheduleAndWritesItsStateGraph() {
        // Every invariant of Indexes, StepsAreIndexSteps and IndexNeverGoesBack.
        assertEquals(Outcome.SUCCESS, safe.tlc().outcome(), () -> String.join("\n", safe.tlc().errors()));
        assertTrue(safe.states() > 10_000, "the graph of mbt-idx.cfg: " + safe.states() + " states");
        assertTrue(safe.behaviours() >= safe.replayed() && safe.replayed() > 0);
    }

    @Test
    void theEngineFollowsEveryBehaviourDriven() {
        assertTrue(safe.passed(), () -> safe.failed() + " of " + safe.replayed() + " behaviours left the model; first: "
                + (safe.failures().isEmpty() ? "" : safe.failures().get(0).result().steps()));
    }

    @Test
    void theBehavioursReachEveryOutcome() {
        for (String outcome : List.of("PutItem: Accepted", "PutItem: ConditionalCheckFailed", "DeleteItem: Accepted",
                "HoldIndex: done", "ReleaseIndex: done", "FailAZ: done", "RecoverAZ: done")) {
            assertTrue(safe.outcomes().containsKey(outcome), () -> "no " + outcome + " in " + safe.outcomes().keySet());
        }
    }
}
