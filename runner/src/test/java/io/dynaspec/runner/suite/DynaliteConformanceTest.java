package io.dynaspec.runner.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.compare.Divergence;
import io.dynaspec.runner.compare.KnownDivergences;
import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The suite on dynalite, which the kit installs with npm into the build folder and starts itself:
 * every scenario dynalite fails must be a recorded divergence, and every recorded divergence must
 * still fail (so the record cannot go stale). Skipped, with the reason, where Node.js is missing.
 */
class DynaliteConformanceTest {

    @Test
    void everyDifferenceFromDynamoDbIsRecordedAndEveryRecordStillHolds() {
        Path build = Path.of("target");
        SuiteResult result = new SuiteRun(Path.of("../features"), build.resolve("dynaspec-reports/dynalite"),
                build.resolve("cache")).run(TargetSpec.parse("dynalite"), null);
        Assumptions.assumeTrue(result.unavailable().isEmpty(), () -> result.unavailable().orElse(""));
        assertTrue(result.scenarios().size() > 100, "the suite ran: " + result.tally());

        KnownDivergences known = KnownDivergences.forKind("dynalite");
        Set<String> failing = result.failures().stream().map(s -> s.feature() + ": " + s.name())
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> recorded = known.entries().stream().map(d -> d.feature() + ": " + d.scenario())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(recorded, failing, () -> "dynalite's failures and divergences/dynalite.json disagree.\n"
                + result.failures().stream().map(s -> s.id() + " " + s.name() + "\n    " + s.message().lines().findFirst().orElse(""))
                        .collect(Collectors.joining("\n")));
        List<ScenarioResult> skipped = result.scenarios().stream()
                .filter(s -> s.outcome() == ScenarioResult.Outcome.SKIPPED).toList();
        // dynalite 4.0.0 has no transactions: it answers UnknownOperationException, and those
        // scenarios are skipped as unsupported (features/README.md), not failed.
        assertTrue(skipped.stream().allMatch(s -> s.tags().contains("@reference-only")
                        || s.message() != null && s.message().contains("unsupported by this target")),
                "only @reference-only scenarios and operations dynalite lacks are skipped on dynalite");
        for (Divergence d : known.entries()) {
            assertTrue(d.doc().startsWith("https://docs.aws.amazon.com/"), "each divergence cites a DynamoDB page: " + d);
        }
    }
}
