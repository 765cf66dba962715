package io.dynaspec.runner.tlc;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

/**
 * Checks the write-path model with TLC, through the launcher, in a child JVM: every config the
 * manifest marks {@code "checkedBy": "mvn verify"} must give the manifest's result, and a
 * violation must come with a counterexample a later tool can read.
 */
class WritePathModelCheckTest {

    private static final Duration TIMEOUT = Duration.ofMinutes(10);

    @TestFactory
    Stream<DynamicTest> eachConfigGivesTheManifestsResult() throws IOException {
        Manifest manifest = Manifest.read(ManifestTest.SPEC);
        List<DynamicTest> tests = new ArrayList<>();
        for (Manifest.Model model : manifest.models()) {
            if (model.checkedByTests()) {
                tests.add(dynamicTest(model.name() + ": " + model.result().manifestName(), () -> check(manifest, model)));
            }
        }
        return tests.stream();
    }

    private static void check(Manifest manifest, Manifest.Model model) throws Exception {
        ModelCheckRequest request = new ModelCheckRequest(ManifestTest.SPEC, model.module(), model.name(),
                model.workers(), Path.of("target", "model-check", model.name()), TIMEOUT);
        ModelCheckResult result = new TlcLauncher().run(request, p -> { });
        System.out.printf("model-check %s: %s%s, %,d distinct states, depth %d, %.1f s%n", model.name(),
                result.outcome().manifestName(), result.property().isEmpty() ? "" : " (" + result.property() + ")",
                result.distinctStates(), result.depth(), result.time().toMillis() / 1000.0);

        assertNotEquals(Outcome.ERROR, result.outcome(), () -> "TLC could not check " + model.name() + ": "
                + String.join("\n", result.errors()));
        assertEquals(List.of(), manifest.differences(result));
        if (!model.result().isViolation()) {
            assertTrue(result.counterexample().isEmpty());
            return;
        }
        Counterexample counterexample = result.counterexample().orElseThrow();
        Path file = Path.of("target", "model-check", model.name() + "-counterexample.json");
        counterexample.write(file);
        assertEquals(counterexample.toJson(), Counterexample.read(file).toJson());
        for (TraceStep step : counterexample.steps()) {
            assertFalse(step.actionName().isEmpty(), "step " + step.index() + " names its action");
            assertTrue(step.state().has("log"), "step " + step.index() + " gives the state");
        }
        if ("NoAcknowledgedWriteLost".equals(counterexample.property())) {
            assertAcknowledgedWriteMissingFromLeader(counterexample);
        }
    }

    /** The counterexample shows the loss itself: its last leader lacks a write acknowledged earlier. */
    private static void assertAcknowledgedWriteMissingFromLeader(Counterexample counterexample) {
        JsonNode last = counterexample.steps().get(counterexample.steps().size() - 1).state();
        boolean lost = false;
        for (JsonNode id : last.path("acknowledged")) {
            JsonNode key = last.path("sent").path(id.asInt() - 1).path("key");
            for (var leader : last.path("leader").properties()) {
                String partition = leader.getKey();
                String az = leader.getValue().asText();
                Set<Integer> held = new HashSet<>();
                last.path("log").path(partition).path(az).forEach(w -> held.add(w.asInt()));
                // items[p][az] is keyed by the partition keys that hash to p.
                boolean inPartition = last.path("items").path(partition).path(az).has(key.path(0).asText());
                lost |= inPartition && !held.contains(id.asInt());
            }
        }
        assertTrue(lost, "the last state's leader lacks an acknowledged write");
        assertEquals(List.of("FailAZ", "ElectLeader"), counterexample.steps().subList(
                counterexample.steps().size() - 2, counterexample.steps().size()).stream()
                .map(TraceStep::actionName).toList(), "the leader's AZ fails, then another replica is elected");
    }
}
