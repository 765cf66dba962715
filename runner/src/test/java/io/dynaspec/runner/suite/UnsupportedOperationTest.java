package io.dynaspec.runner.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.TargetSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A target that lacks an operation (the reference engine has no DescribeLimits) has the scenarios
 * that call it reported as unsupported, skipped with the reason, never failed or crashed.
 */
class UnsupportedOperationTest {

    @Test
    void aScenarioCallingAnOperationTheTargetLacksIsSkippedAsUnsupported() {
        SuiteResult result = new SuiteRun(Path.of("src/test/resources/tck"), Path.of("target", "dynaspec-reports", "unsupported"),
                Path.of("target", "cache")).run(TargetSpec.parse("reference"), "not @pending-cluster");
        assertEquals(1, result.scenarios().size(), result.tally());
        ScenarioResult s = result.scenarios().get(0);
        assertEquals(ScenarioResult.Outcome.SKIPPED, s.outcome(), s.message());
        assertTrue(s.message().contains("unsupported by this target: DescribeLimits"), s.message());
        assertTrue(s.message().contains("UnknownOperationException"), s.message());
    }
}
