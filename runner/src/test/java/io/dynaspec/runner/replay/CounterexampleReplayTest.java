package io.dynaspec.runner.replay;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.tlc.Counterexample;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The lost write TLC finds in the {@code broken} config, replayed on the engine: the unsafe
 * leader-only rule loses it there too, and the quorum rule, on the same schedule, never
 * acknowledges it.
 */
class CounterexampleReplayTest {

    private static final Path SPEC = Path.of("..", "spec");

    private static Counterexample broken;

    @BeforeAll
    static void findTheLostWrite() throws Exception {
        ModelCheckRequest request = new ModelCheckRequest(SPEC, "MCWritePath", "broken", 2,
                Path.of("target", "replay", "model-check"), Duration.ofMinutes(4));
        ModelCheckResult result = new TlcLauncher().run(request, p -> { });
        broken = result.counterexample().orElseThrow(() -> new AssertionError("TLC found no counterexample: "
                + String.join("\n", result.errors())));
        // Replay reads the file form, as the command does.
        Path file = Path.of("target", "replay", "broken-counterexample.json");
        broken.write(file);
        broken = Counterexample.read(file);
        assertEquals("NoAcknowledgedWriteLost", broken.property());
    }

    @Test
    void underTheLeaderOnlyRuleTheEngineLosesTheSameAcknowledgedWrite() {
        CounterexampleReplay.Result result = new CounterexampleReplay(broken, AckRule.UNSAFE_LEADER_ONLY).run();
        assertFalse(result.modelLost().isEmpty());
        assertEquals(result.modelLost(), result.engineLost(), result::toString);
        for (CounterexampleReplay.AcknowledgedWrite w : result.acknowledged()) {
            assertTrue(w.engineAcknowledged(), "the engine told the client write " + w.id() + " succeeded");
            assertFalse(w.heldInLog(), "and then lost it");
            assertEquals("absent", w.readBack());
        }
        assertTrue(result.steps().stream().allMatch(CounterexampleReplay.Step::asPredicted), result::toString);
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void underTheQuorumRuleTheSameScheduleNeverAcknowledgesTheWrite() {
        CounterexampleReplay.Result result = new CounterexampleReplay(broken, AckRule.QUORUM).run();
        assertEquals(List.of(), result.engineLost(), result::toString);
        assertFalse(result.acknowledged().isEmpty());
        for (CounterexampleReplay.AcknowledgedWrite w : result.acknowledged()) {
            assertFalse(w.engineAcknowledged(), "the engine never told the client write " + w.id() + " succeeded");
            assertFalse(w.heldInLog(), "the failover cut it");
        }
        CounterexampleReplay.Step acknowledge = result.steps().stream()
                .filter(s -> s.action().startsWith("Acknowledge")).findFirst().orElseThrow();
        assertTrue(acknowledge.engine().contains("pending"), acknowledge::toString);
        assertTrue(result.asPredicted(), result::toString);
    }
}
