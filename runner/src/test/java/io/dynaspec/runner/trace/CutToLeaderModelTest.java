package io.dynaspec.runner.trace;

import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import io.dynaspec.runner.tlc.TlcLauncher;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trace spec adds one step to WritePath, the engine's CutToLeader. This checks, with the ci
 * model's constants, that WritePath's invariants hold when cuts may happen at any time
 * (spec/trace/cut.cfg): the engine's refinement of the election is safe, so accepting its traces
 * with that step means something.
 */
class CutToLeaderModelTest {
    private static final Path SPEC = Path.of("..", "spec");

    @Test
    void writePathsInvariantsHoldWithTheEnginesElectionCuts() throws Exception {
        Path model = Path.of("target", "trace-check", "cut-model").toAbsolutePath();
        Files.createDirectories(model);
        for (Path module : List.of(SPEC.resolve("WritePath.tla"), SPEC.resolve("MCWritePath.tla"),
                SPEC.resolve("WritePathCut.tla"), SPEC.resolve("trace").resolve("MCWritePathCut.tla"),
                SPEC.resolve("trace").resolve("cut.cfg"))) {
            Files.copy(module, model.resolve(module.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        ModelCheckResult result = new TlcLauncher().run(new ModelCheckRequest(model, "MCWritePathCut", "cut", 2,
                Path.of("target", "trace-check", "cut-run"), Duration.ofMinutes(10)), p -> { });
        System.out.printf("cut: %s, %d distinct states in %d ms%n", result.outcome().manifestName(),
                result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> result.property() + " " + result.errors());
        assertTrue(result.distinctStates() > 100_000, "the whole ci model was explored, cuts included");
    }

    /**
     * The crash traces add the same step to Durability (spec/trace/DurabilityCut.tla): with
     * dur-ci's constants, Durability's invariants hold when a leader that has not crashed cuts
     * every log, and what each replica forced, at any time (spec/trace/dur-cut.cfg).
     */
    @Test
    void durabilitysInvariantsHoldWithTheEnginesElectionCuts() throws Exception {
        Path model = Path.of("target", "trace-check", "dur-cut-model").toAbsolutePath();
        Files.createDirectories(model);
        for (Path module : List.of(SPEC.resolve("WritePath.tla"), SPEC.resolve("WritePathCut.tla"),
                SPEC.resolve("Durability.tla"), SPEC.resolve("MCDurability.tla"),
                SPEC.resolve("trace").resolve("DurabilityCut.tla"), SPEC.resolve("trace").resolve("MCDurabilityCut.tla"),
                SPEC.resolve("trace").resolve("dur-cut.cfg"))) {
            Files.copy(module, model.resolve(module.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }
        ModelCheckResult result = new TlcLauncher().run(new ModelCheckRequest(model, "MCDurabilityCut", "dur-cut", 2,
                Path.of("target", "trace-check", "dur-cut-run"), Duration.ofMinutes(10)), p -> { });
        System.out.printf("dur-cut: %s, %d distinct states in %d ms%n", result.outcome().manifestName(),
                result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> result.property() + " " + result.errors());
        assertTrue(result.distinctStates() > 150_000, "the whole dur-ci model was explored, cuts included");
    }
}
