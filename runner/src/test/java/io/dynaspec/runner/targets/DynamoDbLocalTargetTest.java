package io.dynaspec.runner.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.dynaspec.runner.compare.KnownDivergences;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The suite on DynamoDB Local in a container; skipped, with the one-line reason, without Docker. */
class DynamoDbLocalTargetTest {

    @Test
    void everyFailureOnDynamoDbLocalIsARecordedDivergence() {
        try {
            DynamoDbLocalTarget.requireDocker();
        } catch (TargetUnavailableException e) {
            Assumptions.abort(e.getMessage());
        }
        SuiteResult result = new SuiteRun(Path.of("../features"), Path.of("target", "dynaspec-reports", "dynamodb-local"),
                Path.of("target", "cache")).run(TargetSpec.parse("dynamodb-local"), null);
        KnownDivergences known = KnownDivergences.forKind("dynamodb-local");
        assertEquals(List.of(), result.failures().stream().filter(s -> known.find(s).isEmpty())
                .map(s -> s.id() + " " + s.name()).toList(), result.tally());
    }
}
