package io.dynaspec.runner.tlc;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** spec/manifest.json: one entry per config, and how a run is compared with it. */
class ManifestTest {

    /** Surefire runs in the runner module's folder; the spec is beside it. */
    static final Path SPEC = Path.of("..", "spec");

    @Test
    void everyConfigHasAnEntryAndEveryEntryAConfig() throws IOException {
        Manifest manifest = Manifest.read(SPEC);
        Set<String> configs;
        try (Stream<Path> files = Files.list(SPEC)) {
            configs = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".cfg"))
                    .map(n -> n.substring(0, n.length() - ".cfg".length()))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        assertEquals(configs, manifest.models().stream().map(Manifest.Model::name)
                .collect(Collectors.toCollection(TreeSet::new)));
        for (Manifest.Model model : manifest.models()) {
            assertTrue(Files.isRegularFile(SPEC.resolve(model.module() + ".tla")), model.module());
            // A config beyond exhaustive reach is checked by simulation, which counts no distinct states.
            assertTrue(model.distinctStates().isPresent() || "simulation".equals(model.mode()),
                    model.name() + " records its distinct states");
        }
    }

    @Test
    void aRunIsComparedOnResultPropertyStatesAndDepth() throws IOException {
        Manifest manifest = Manifest.read(SPEC);
        Manifest.Model ci = manifest.model("ci").orElseThrow();
        ModelCheckRequest request = new ModelCheckRequest(SPEC, ci.module(), "ci", ci.workers(),
                Path.of("target", "unused"), Duration.ofMinutes(1));

        ModelCheckResult same = result(request, Outcome.SUCCESS, "", ci.distinctStates().getAsLong(), 0,
                ci.depth().getAsInt());
        assertEquals(List.of(), manifest.differences(same));

        ModelCheckResult fewer = result(request, Outcome.SUCCESS, "", ci.distinctStates().getAsLong() - 1, 0,
                ci.depth().getAsInt());
        assertEquals(1, manifest.differences(fewer).size());
        assertTrue(manifest.differences(fewer).get(0).startsWith("distinct states"));

        ModelCheckResult violated = result(request, Outcome.SAFETY_FAILURE, "TypeOK", 10, 5, 3);
        assertTrue(manifest.differences(violated).get(0).startsWith("result: expected success"));
    }

    @Test
    void whereAViolationStopsIsComparedOnlyWithTheRecordedWorkerCount() throws IOException {
        Manifest manifest = Manifest.read(SPEC);
        Manifest.Model broken = manifest.model("broken").orElseThrow();
        ModelCheckRequest otherWorkers = new ModelCheckRequest(SPEC, broken.module(), "broken",
                broken.workers() + 1, Path.of("target", "unused"), Duration.ofMinutes(1));
        ModelCheckResult stoppedElsewhere = result(otherWorkers, Outcome.SAFETY_FAILURE,
                broken.property().orElseThrow(), broken.distinctStates().getAsLong() + 7, 100, 5);
        List<String> differences = manifest.differences(stoppedElsewhere);
        assertEquals(List.of("counterexample length: expected " + broken.traceLength().getAsInt()
                + " states, TLC gave 0"), differences);
    }

    private static ModelCheckResult result(ModelCheckRequest request, Outcome outcome, String property,
                                           long distinct, long queue, int depth) {
        return new ModelCheckResult(request, outcome, property, distinct * 3, distinct, queue, depth,
                Duration.ofSeconds(1), 0, Optional.empty(), List.of(), Path.of("tlc.log"));
    }
}
