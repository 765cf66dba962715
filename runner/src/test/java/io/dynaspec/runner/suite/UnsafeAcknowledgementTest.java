package io.dynaspec.runner.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.dynaspec.runner.steps.ScenarioResult;
import io.dynaspec.runner.steps.SuiteResult;
import io.dynaspec.runner.steps.SuiteRun;
import io.dynaspec.runner.targets.SuiteTags;
import io.dynaspec.runner.targets.TargetSpec;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The kit has teeth: on the reference engine started with the unsafe rule (acknowledge once the
 * leader alone holds a write), the failover scenarios must catch the lost write.
 */
class UnsafeAcknowledgementTest {

    /**
     * The engine-internal scenarios, less BatchWriteItem's quorum scenario: under the leader-only
     * rule there is no quorum to lose, so that one differs by design rather than by a lost write.
     */
    private static final String FAILOVER = "@reference-only and not @batch_write_item and (" + SuiteTags.REFERENCE_DEFAULT + ")";

    private static SuiteResult run(String target) {
        return new SuiteRun(Path.of("../features"), Path.of("target", "dynaspec-reports", target.replace(':', '_')),
                Path.of("target", "cache")).run(TargetSpec.parse(target), FAILOVER);
    }

    @Test
    void failoverScenariosFailUnderLeaderOnlyAcknowledgement() {
        SuiteResult unsafe = run("reference:ack=leader-only");
        List<String> failed = unsafe.failures().stream().map(ScenarioResult::name).toList();
        assertTrue(failed.contains("A write is acknowledged only once it would survive the loss of the leader's AZ"),
                "the lost write went unnoticed: " + unsafe.tally());
        // The stream's failover scenario catches it too: under the unsafe rule the leader's put
        // is acknowledged before its quorum, and the failover then cuts an acknowledged write.
        assertTrue(failed.stream().allMatch(n -> unsafe.scenarios().stream()
                .anyMatch(s -> s.name().equals(n) && (s.feature().equals("replication_failover.feature")
                        || s.feature().equals("streams.feature") && n.contains("failover")))),
                "only failover scenarios fail: " + failed);
    }

    @Test
    void theSameScenariosPassUnderQuorumAcknowledgement() {
        SuiteResult safe = run("reference:ack=quorum");
        assertEquals(List.of(), safe.failures().stream().map(ScenarioResult::id).toList(), safe.tally());
        assertTrue(safe.count(ScenarioResult.Outcome.PASSED) > 5, safe.tally());
    }
}
