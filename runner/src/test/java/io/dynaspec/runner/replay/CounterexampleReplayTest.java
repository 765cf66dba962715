package io.dynaspec.runner.replay;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.runner.tlc.Counterexample;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.dynaspec.runner.cli.Dynaspec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
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
    private static Path brokenFile;

    @BeforeAll
    static void findTheLostWrite() throws Exception {
        ModelCheckRequest request = new ModelCheckRequest(SPEC, "MCWritePath", "broken", 2,
                Path.of("target", "replay", "model-check"), Duration.ofMinutes(10));
        ModelCheckResult result = new TlcLauncher().run(request, p -> { });
        broken = result.counterexample().orElseThrow(() -> new AssertionError("TLC found no counterexample: "
                + String.join("\n", result.errors())));
        // Replay reads the file form, as the command does.
        Path file = Path.of("target", "replay", "broken-counterexample.json");
        broken.write(file);
        brokenFile = file;
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
            assertTrue(w.client().startsWith("failed"), "the client is told it failed: " + w.client());
        }
        CounterexampleReplay.Step acknowledge = result.steps().stream()
                .filter(s -> s.action().startsWith("Acknowledge")).findFirst().orElseThrow();
        assertTrue(acknowledge.engine().contains("pending"), acknowledge::toString);
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void anElectionTheEngineDoesNotMakeIsReportedAndFailsTheReplay() throws Exception {
        // The model elects the other follower than the engine does: the replay must say so.
        ObjectNode json = broken.toJson();
        var steps = json.withArray("steps");
        ObjectNode elect = (ObjectNode) steps.get(steps.size() - 1).path("action");
        assertEquals("ElectLeader", elect.path("name").asText());
        String engineChoice = elect.path("az").asText();
        String other = "b".equals(engineChoice) ? "c" : "b";
        elect.put("az", other);
        Counterexample tampered = Counterexample.fromJson(json);
        CounterexampleReplay.Result result = new CounterexampleReplay(tampered, AckRule.UNSAFE_LEADER_ONLY).run();
        CounterexampleReplay.Step last = result.steps().get(result.steps().size() - 1);
        assertFalse(last.asPredicted(), last::toString);
        assertTrue(last.engine().contains("the model elects"), last::toString);
        assertFalse(result.asPredicted());
    }

    @Test
    void theCommandPrintsTheStepsAndExitsZeroWhenTheEngineDoesWhatTheRulePredicts() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(out));
        int exit = cli.execute("replay", brokenFile.toString(), "--ack-rule", "UNSAFE_LEADER_ONLY");
        assertEquals(0, exit, out::toString);
        assertTrue(out.toString().contains("Acknowledge"), out::toString);
        assertTrue(out.toString().contains("LOST"), out::toString);

        StringWriter quorum = new StringWriter();
        cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(quorum));
        assertEquals(0, cli.execute("replay", brokenFile.toString()), quorum::toString);
        assertFalse(quorum.toString().contains("LOST"), quorum::toString);

        cli = new CommandLine(new Dynaspec()).setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cli.execute("replay", "target/replay/no-such-counterexample.json"));
    }
}
