package io.dynaspec.runner.trace;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.cucumber.gherkin.GherkinParser;
import io.cucumber.messages.types.Envelope;
import io.cucumber.messages.types.Pickle;
import io.cucumber.messages.types.PickleStep;
import io.cucumber.messages.types.PickleTag;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.ScenarioTraces;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.SuiteTags;
import io.dynaspec.runner.targets.TargetSpec;
import io.dynaspec.runner.tlc.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The seed's failover stories, as the Gherkin scenarios tell them, are behaviours of the model:
 * the {@code @faults} scenarios run on the embedded reference engine with each one's model-level
 * trace recorded ({@code run --record-traces}), and TLC follows every trace with the actions of
 * spec/WritePath.tla. Under the quorum rule every trace is accepted; under the unsafe leader-only
 * rule every trace that acknowledges a write is rejected at the acknowledgement, which the model
 * makes only once a quorum holds the write.
 */
class FaultScenarioTracesTest {

    private static final Path FEATURES = Path.of("..", "features");
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "fault-scenario-traces");
    private static final String SELECTION = SuiteTags.FAULTS + " and (" + SuiteTags.REFERENCE_DEFAULT + ")";

    /**
     * A {@code @faults} scenario as its feature file writes it.
     *
     * @param feature the feature file's name
     * @param name    the scenario's name
     * @param steps   the text of its steps, the Background's included
     */
    private record FaultScenario(String feature, String name, List<String> steps) {

        /** Holding replication has no step of its own in the model; failing a zone does. */
        boolean failsAZone() {
            return steps.stream().anyMatch(s -> s.matches("AZ \\w+ fails"));
        }

        String traceName() {
            return ScenarioTraces.traceName(feature, name);
        }
    }

    /** One run of the fault scenarios: how they ended, and their traces by scenario trace name. */
    private record Recorded(SuiteResult result, Map<String, List<RecordedTrace>> traces) {

        List<RecordedTrace> all() {
            return traces.values().stream().flatMap(List::stream).toList();
        }
    }

    @Test
    void everyTraceOfTheFaultScenariosIsABehaviourOfTheModel() throws Exception {
        List<FaultScenario> scenarios = faultScenarios();
        assertFalse(scenarios.isEmpty(), "no scenario is tagged " + SuiteTags.FAULTS);
        Recorded run = record("reference", "quorum");
        assertEquals(List.of(), run.result().failures().stream().map(ScenarioResult::id).toList(), run.result().tally());
        assertEquals(scenarios.size(), run.result().count(ScenarioResult.Outcome.PASSED), run.result().tally());

        for (FaultScenario s : scenarios) {
            List<RecordedTrace> traces = run.traces().get(s.traceName());
            assertNotNull(traces, "no trace file for " + s.feature() + ": " + s.name());
            assertFalse(traces.isEmpty(), "no trace recorded for " + s.name());
            assertTrue(traces.stream().noneMatch(t -> t.steps().isEmpty()), "an empty trace for " + s.name());
            if (s.failsAZone()) {
                assertTrue(traces.stream().anyMatch(t -> count(t, "FailAZ") > 0 && count(t, "RecoverAZ") > 0),
                        "the zone failure of " + s.name() + " is not in its traces");
            } else {
                assertTrue(traces.stream().anyMatch(t -> count(t, "Acknowledge") > 0),
                        "no acknowledged write in the traces of " + s.name());
            }
        }

        List<RecordedTrace> traces = run.all();
        TraceCheckResult result = check("quorum", traces);
        System.out.printf("fault scenarios: %d scenarios, %d traces, %d steps (%d zone failures, %d elections, %d catch-ups): "
                        + "%d accepted in %d ms of TLC%n", scenarios.size(), traces.size(), result.steps(),
                count(traces, "FailAZ"), count(traces, "ElectLeader"), count(traces, "CatchUp"),
                result.acceptedCount(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        assertTrue(result.rejected().isEmpty(), () -> "rejected: " + result.rejected());
        assertEquals(traces.size(), result.acceptedCount());
        assertTrue(count(traces, "ElectLeader") > 0 && count(traces, "CatchUp") > 0, "the scenarios exercise failover and catch-up");
    }

    @Test
    void underTheLeaderOnlyRuleTheirTracesAreRejectedWhereTheyAcknowledgeWithoutAQuorum() throws Exception {
        Recorded run = record("reference:ack=leader-only", "unsafe");
        List<String> failed = run.result().failures().stream().map(ScenarioResult::name).toList();
        assertTrue(failed.contains("A write is acknowledged only once it would survive the loss of the leader's AZ"),
                "the lost write went unnoticed by the scenarios: " + run.result().tally());

        List<RecordedTrace> traces = run.all();
        TraceCheckResult result = check("unsafe", traces);
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result.runs());
        assertTrue(result.unjudged().isEmpty(), () -> "no verdict for " + result.unjudged());
        List<String> acknowledging = traces.stream().filter(t -> count(t, "Acknowledge") > 0).map(RecordedTrace::name).sorted().toList();
        assertFalse(acknowledging.isEmpty(), "no trace acknowledges a write: the mutation is not exercised");
        assertEquals(acknowledging, result.rejected().stream().map(TraceVerdict::trace).sorted().toList(),
                "every trace that acknowledges a write is rejected, and no other");
        result.rejected().forEach(TraceCheckTest::assertAcknowledgedWithoutQuorum);
    }

    /** The scenarios tagged {@code @faults}, with their steps, as Cucumber compiles the feature files. */
    private static List<FaultScenario> faultScenarios() throws IOException {
        GherkinParser parser = GherkinParser.builder().includeSource(false).includeGherkinDocument(false).build();
        List<FaultScenario> scenarios = new ArrayList<>();
        try (Stream<Path> files = Files.list(FEATURES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".feature")).sorted().toList()) {
                List<Pickle> pickles = parser.parse(f).map(Envelope::getPickle).flatMap(Optional::stream).toList();
                for (Pickle p : pickles) {
                    if (p.getTags().stream().map(PickleTag::getName).anyMatch(SuiteTags.FAULTS::equals)) {
                        scenarios.add(new FaultScenario(f.getFileName().toString(), p.getName(),
                                p.getSteps().stream().map(PickleStep::getText).toList()));
                    }
                }
            }
        }
        return scenarios;
    }

    /** Runs the fault scenarios on the target, recording their traces in a folder of their own. */
    private static Recorded record(String target, String name) throws IOException {
        Path folder = WORK.resolve(name).resolve("traces");
        if (Files.exists(folder)) {
            try (Stream<Path> old = Files.walk(folder)) {
                for (Path p : old.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        SuiteResult result = new SuiteRun(FEATURES, WORK.resolve(name).resolve("reports"), Path.of("target", "cache"))
                .withTraces(folder)
                .run(TargetSpec.parse(target), SELECTION);
        Map<String, List<RecordedTrace>> traces = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                traces.put(f.getFileName().toString().replaceFirst("\\.jsonl$", ""), RecordedTrace.read(List.of(f)));
            }
        }
        return new Recorded(result, traces);
    }

    private static long count(RecordedTrace trace, String action) {
        return trace.steps().stream().filter(s -> s.get("action").asText().equals(action)).count();
    }

    private static long count(List<RecordedTrace> traces, String action) {
        return traces.stream().mapToLong(t -> count(t, action)).sum();
    }

    private static TraceCheckResult check(String name, List<RecordedTrace> traces) throws Exception {
        return new TraceChecker(SPEC, WORK.resolve(name).resolve("tlc"), 2, Duration.ofMinutes(10)).check(traces, p -> { });
    }
}
