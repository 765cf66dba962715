package io.dynaspec.runner.replay;

import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.StreamFeed;
import io.dynaspec.runner.tlc.Counterexample;
import io.dynaspec.runner.tlc.ModelCheckRequest;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.TlcLauncher;
import com.fasterxml.jackson.databind.JsonNode;
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
 * acknowledges it. Likewise the write {@code dur-broken} loses to crashes (lost when the engine
 * counts copies in memory, never acknowledged when it counts forced copies), and the record
 * {@code str-broken} publishes before acknowledgement (shown when the engine publishes at the
 * leader's append, never when it publishes from the commit hook).
 */
class CounterexampleReplayTest {

    private static final Path SPEC = Path.of("..", "spec");

    private static Counterexample broken;
    private static Path brokenFile;
    private static Counterexample durBroken;
    private static Path durBrokenFile;
    private static Counterexample strBroken;
    private static Path strBrokenFile;

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

        durBrokenFile = counterexampleOf("MCDurability", "dur-broken");
        durBroken = Counterexample.read(durBrokenFile);
        assertEquals("NoAcknowledgedWriteLostToCrashes", durBroken.property());
        strBrokenFile = counterexampleOf("MCStreams", "str-broken");
        strBroken = Counterexample.read(strBrokenFile);
        assertEquals("StreamShowsOnlyAcknowledgedWrites", strBroken.property());
    }

    /**
     * Runs TLC on a broken config and writes its counterexample where the command reads it from.
     * One worker: breadth-first on one thread finds the same shortest counterexample every run.
     */
    private static Path counterexampleOf(String module, String config) throws Exception {
        ModelCheckRequest request = new ModelCheckRequest(SPEC, module, config, 1,
                Path.of("target", "replay", "model-check"), Duration.ofMinutes(10));
        ModelCheckResult result = new TlcLauncher().run(request, p -> { });
        Counterexample found = result.counterexample().orElseThrow(() -> new AssertionError("TLC found no counterexample for "
                + config + ": " + String.join("\n", result.errors())));
        Path file = Path.of("target", "replay", config + "-counterexample.json");
        found.write(file);
        return file;
    }

    @Test
    void countingCopiesInMemoryTheEngineLosesTheWriteTheModelLosesToCrashes() {
        CounterexampleReplay.Result result = new CounterexampleReplay(durBroken, AckRule.QUORUM)
                .withAckCounts(AckCounts.UNSAFE_IN_MEMORY_COPIES).run();
        assertFalse(result.modelLost().isEmpty());
        assertEquals(result.modelLost(), result.engineLost(), result::toString);
        for (CounterexampleReplay.AcknowledgedWrite w : result.acknowledged()) {
            assertTrue(w.engineAcknowledged(), "the engine told the client write " + w.id() + " succeeded");
            assertFalse(w.heldInLog(), "and then lost it");
            assertEquals("absent", w.readBack());
        }
        assertTrue(result.steps().stream().anyMatch(s -> s.action().startsWith("CrashAZ")
                && s.engine().contains("crashed")), result::toString);
        assertTrue(result.steps().stream().anyMatch(s -> s.action().startsWith("RecoverAZ")
                && s.engine().contains("restarted from its files")), result::toString);
        assertTrue(result.steps().stream().allMatch(CounterexampleReplay.Step::asPredicted), result::toString);
        assertTrue(result.verdict().contains("UNSAFE_IN_MEMORY_COPIES predicts"), result.verdict());
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void countingForcedCopiesTheSameScheduleNeverAcknowledgesTheWrite() {
        CounterexampleReplay.Result result = new CounterexampleReplay(durBroken, AckRule.QUORUM).run();
        assertEquals(List.of(), result.engineLost(), result::toString);
        assertFalse(result.acknowledged().isEmpty());
        for (CounterexampleReplay.AcknowledgedWrite w : result.acknowledged()) {
            assertFalse(w.engineAcknowledged(), "nothing was forced: the engine never told the client write " + w.id() + " succeeded");
            assertTrue(w.client().startsWith("failed"), "the client is told it failed: " + w.client());
        }
        CounterexampleReplay.Step acknowledge = result.steps().stream()
                .filter(s -> s.action().startsWith("Acknowledge")).findFirst().orElseThrow();
        assertTrue(acknowledge.engine().contains("pending"), acknowledge::toString);
        assertTrue(result.verdict().contains("DURABLE_COPIES predicts"), result.verdict());
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void aForcedCopyCountsOnlyOnceTheModelForcesIt() throws Exception {
        // The model's Force steps, added to dur-broken's schedule before its acknowledgement: with
        // a and b forced, the engine acknowledges under the safe rule too, and the crash of b then
        // takes nothing from it.
        ObjectNode json = durBroken.toJson().deepCopy();
        var steps = json.withArray("steps");
        int replicate = 0;
        while (!steps.get(replicate).path("action").path("name").asText().equals("Replicate")) {
            replicate++;
        }
        JsonNode replicated = steps.get(replicate).path("state");
        int forcedA = replicated.path("log").path("P1").path("a").size();
        int forcedB = replicated.path("log").path("P1").path("b").size();
        for (String az : List.of("b", "a")) {
            ObjectNode force = steps.get(replicate).deepCopy();
            force.putObject("action").put("name", "Force").put("p", "P1").put("az", az)
                    .put("length", az.equals("a") ? forcedA : forcedB);
            steps.insert(replicate + 1, force);
        }
        for (int i = replicate + 1; i < steps.size(); i++) {
            ObjectNode state = (ObjectNode) steps.get(i).path("state");
            ObjectNode durable = (ObjectNode) state.path("durable").path("P1");
            durable.put("a", forcedA);
            if (i > replicate + 1) {
                durable.put("b", forcedB);
                // b's crash keeps its durable prefix: the write, as b held it once replicated.
                ((ObjectNode) state.path("log").path("P1")).set("b", replicated.path("log").path("P1").path("b").deepCopy());
                ((ObjectNode) state.path("items").path("P1")).set("b", replicated.path("items").path("P1").path("b").deepCopy());
            }
        }
        for (int i = 0; i < steps.size(); i++) {
            ((ObjectNode) steps.get(i)).put("index", i + 1);
        }
        CounterexampleReplay.Result result = new CounterexampleReplay(Counterexample.fromJson(json), AckRule.QUORUM).run();
        CounterexampleReplay.Step force = result.steps().stream()
                .filter(s -> s.action().startsWith("Force")).findFirst().orElseThrow();
        assertTrue(force.asPredicted() && force.engine().contains("forced its log through " + forcedA), force::toString);
        CounterexampleReplay.Step acknowledge = result.steps().stream()
                .filter(s -> s.action().startsWith("Acknowledge")).findFirst().orElseThrow();
        assertTrue(acknowledge.asPredicted() && acknowledge.engine().contains("acknowledged (2 of 3 replicas hold it forced)"),
                acknowledge::toString);
        CounterexampleReplay.AcknowledgedWrite w = result.acknowledged().get(0);
        assertTrue(w.engineAcknowledged(), w::toString);
        assertTrue(w.heldInLog(), "b restarted with the forced write, and leads: " + result);
        assertEquals(List.of(), result.modelLost(), result::toString);
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void publishingAtTheLeadersAppendTheEngineShowsTheRecordTheModelShows() {
        CounterexampleReplay.Result result = new CounterexampleReplay(strBroken, AckRule.QUORUM)
                .withStreamFeed(StreamFeed.UNSAFE_LEADER_APPEND).run();
        assertFalse(result.modelUnacknowledgedRecords().isEmpty());
        assertEquals(result.modelUnacknowledgedRecords(), result.engineUnacknowledgedRecords(), result::toString);
        CounterexampleReplay.Step publish = result.steps().stream()
                .filter(s -> s.action().startsWith("Publish")).findFirst().orElseThrow();
        assertTrue(publish.engine().contains("INSERT") && publish.engine().contains("pending"), publish::toString);
        assertTrue(result.verdict().contains("which it never acknowledged, as UNSAFE_LEADER_APPEND predicts"), result.verdict());
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void publishingFromTheCommitHookTheSameScheduleShowsNothing() {
        CounterexampleReplay.Result result = new CounterexampleReplay(strBroken, AckRule.QUORUM).run();
        assertEquals(List.of(), result.engineUnacknowledgedRecords(), result::toString);
        CounterexampleReplay.Step publish = result.steps().stream()
                .filter(s -> s.action().startsWith("Publish")).findFirst().orElseThrow();
        assertTrue(publish.engine().contains("no record"), publish::toString);
        assertTrue(result.verdict().contains("COMMITTED predicts"), result.verdict());
        assertTrue(result.asPredicted(), result::toString);
    }

    @Test
    void aPublishTheEngineDoesNotShowAsItsRulePredictsFailsTheReplay() throws Exception {
        // The model acknowledges the write before publishing it: the commit hook must then show
        // the record, and the engine (which never acknowledged it) does not. The replay must say so.
        ObjectNode json = strBroken.toJson().deepCopy();
        var steps = json.withArray("steps");
        ObjectNode beforePublish = (ObjectNode) steps.get(steps.size() - 2).path("state");
        beforePublish.putArray("acknowledged").add(1);
        CounterexampleReplay.Result result = new CounterexampleReplay(Counterexample.fromJson(json), AckRule.QUORUM).run();
        CounterexampleReplay.Step publish = result.steps().get(result.steps().size() - 1);
        assertFalse(publish.asPredicted(), publish::toString);
        assertFalse(result.asPredicted(), result::toString);
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

    @Test
    void theCommandReplaysTheDurabilityAndStreamsCounterexamplesUnderEitherRule() {
        StringWriter lost = new StringWriter();
        CommandLine cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(lost));
        assertEquals(0, cli.execute("replay", durBrokenFile.toString(), "--ack-counts", "UNSAFE_IN_MEMORY_COPIES"), lost::toString);
        assertTrue(lost.toString().contains("CrashAZ") && lost.toString().contains("LOST"), lost::toString);

        StringWriter kept = new StringWriter();
        cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(kept));
        assertEquals(0, cli.execute("replay", durBrokenFile.toString()), kept::toString);
        assertFalse(kept.toString().contains("LOST"), kept::toString);

        StringWriter shown = new StringWriter();
        cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(shown));
        assertEquals(0, cli.execute("replay", strBrokenFile.toString(), "--stream-feed", "UNSAFE_LEADER_APPEND"), shown::toString);
        assertTrue(shown.toString().contains("NEVER ACKNOWLEDGED"), shown::toString);

        StringWriter none = new StringWriter();
        cli = new CommandLine(new Dynaspec()).setOut(new PrintWriter(none));
        assertEquals(0, cli.execute("replay", strBrokenFile.toString()), none::toString);
        assertFalse(none.toString().contains("NEVER ACKNOWLEDGED"), none::toString);
    }
}
