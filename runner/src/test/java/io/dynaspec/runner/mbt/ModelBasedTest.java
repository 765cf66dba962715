package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.replay.CounterexampleReplay;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

class ModelBasedTest {

    private static final Path SPEC = Path.of("..", "spec");

    @Test
    void theEngineFollowsEveryTransitionOfTheModelsStateGraph() throws Exception {
        ModelBasedTests tests = new ModelBasedTests(SPEC, Path.of("target", "mbt"), 2, Duration.ofMinutes(5));
        ModelBasedTests.Report r = tests.run(AckRule.QUORUM, Integer.getInteger("mbt.limit", 0), 5, p -> { }, (d, n) -> { });
        System.out.printf("model-based tests: %d states, %d transitions, %d behaviours (%d replayed, %d steps) in %s; %d failed%n",
                r.states(), r.transitions(), r.behaviours(), r.replayed(), r.steps(), r.replayTime(), r.failed());
        for (ModelBasedTests.Failure f : r.failures()) {
            System.out.println("behaviour " + f.behaviour() + ": " + f.result().verdict());
            for (CounterexampleReplay.Step s : f.result().steps()) {
                System.out.println("  " + (s.asPredicted() ? "  " : "X ") + s.index() + " " + s.action() + " -> " + s.engine());
            }
        }
        assertTrue(r.passed(), r.tlc().outcome() + " " + r.tlc().errors());
    }
}
