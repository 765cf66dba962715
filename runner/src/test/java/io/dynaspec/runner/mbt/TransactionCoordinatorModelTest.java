package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.CoordinatorRecovery;
import io.dynaspec.engine.cluster.PreparedItemWrites;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The transactions' model-based tests with a coordinator failure (spec/mbt/README.md):
 * EngineTransactions' state graph for spec/mbt/mbt-tx-coord.cfg, in which the fault injector may
 * fail a transaction's coordinator after the prepare round or right after the decision, and
 * another coordinator later takes it over; every behaviour of the cover driven on the engine,
 * which must answer as the model does and reach its state after every operation; and every
 * behaviour again on an engine whose recovery cancels even a transaction decided to commit,
 * which must leave the model. {@code -Dmbt.tx.limit=N} drives N behaviours drawn with the seed
 * {@code -Dmbt.tx.seed=S} (default 13).
 */
class TransactionCoordinatorModelTest {

    private static final Path SPEC = Path.of("..", "spec");
    private static final int LIMIT = Integer.getInteger("mbt.tx.limit", 0);
    private static final long SEED = Long.getLong("mbt.tx.seed", 13L);
    private static TransactionModelTests.Report safe;
    private static TransactionModelTests.Report unsafe;

    @BeforeAll
    static void driveTheGraph() throws Exception {
        TransactionModelTests tests = new TransactionModelTests(SPEC, Path.of("target", "mbt", "mbt-tx-coord"), 2,
                Duration.ofMinutes(10), "mbt-tx-coord");
        tests.build(p -> { });
        safe = tests.drive(AckRule.QUORUM, PreparedItemWrites.REFUSED, CoordinatorRecovery.FROM_LEDGER, LIMIT, SEED, 3, (d, n) -> { });
        TransactionModelTest.print("transactions' model-based tests with a coordinator failure (recovery from the ledger)", safe);
        unsafe = tests.drive(AckRule.QUORUM, PreparedItemWrites.REFUSED, CoordinatorRecovery.UNSAFE_CANCEL_ALL, LIMIT, SEED, 1,
                (d, n) -> { });
        TransactionModelTest.print("transactions' model-based tests with a coordinator failure (recovery unsafe: cancel all)", unsafe);
    }

    @Test
    void tlcChecksTheEngineScheduleWithACoordinatorFailure() {
        // Every invariant of Transactions, and StepsAreTransactionSteps.
        assertEquals(Outcome.SUCCESS, safe.tlc().outcome(), () -> String.join("\n", safe.tlc().errors()));
        assertTrue(safe.states() > 10_000, "the graph of mbt-tx-coord.cfg: " + safe.states() + " states");
        assertTrue(safe.behaviours() >= safe.replayed() && safe.replayed() > 0);
    }

    @Test
    void theEngineFollowsEveryBehaviourDriven() {
        assertTrue(safe.passed(), () -> safe.failed() + " of " + safe.replayed() + " behaviours left the model; first: "
                + (safe.failures().isEmpty() ? "" : safe.failures().get(0).result().steps()));
    }

    @Test
    void theBehavioursFailCoordinatorsAtBothPointsAndRecoverThem() {
        // Failed inside a transfer (after its prepare round or its decision) and inside a held
        // transfer's release (after its commit decision); taken over to a commit and to a
        // cancellation; meanwhile a snapshot and a second transfer meet the items left prepared.
        for (String outcome : List.of("TransactWriteItems: coordinator failed", "Decide: coordinator failed",
                "RecoverCoordinator: finished {1=commit}", "RecoverCoordinator: finished {1=cancel}",
                "RecoverCoordinator: finished {2=commit}", "RecoverCoordinator: finished {2=cancel}",
                "TransactGetItems: TransactionCanceled", "TransactWriteItems: canceled [TransactionConflict, TransactionConflict]")) {
            assertTrue(safe.outcomes().containsKey(outcome), () -> "no " + outcome + " in " + safe.outcomes().keySet());
        }
    }

    @Test
    void aRecoveryThatCancelsACommittedTransactionLeavesTheModel() {
        assertEquals(Outcome.SUCCESS, unsafe.tlc().outcome());
        assertTrue(unsafe.failed() > 0, "no behaviour caught a recovery that cancels a transaction decided to commit");
        List<TransactionReplay.Step> steps = unsafe.failures().get(0).result().steps();
        TransactionReplay.Step last = steps.get(steps.size() - 1);
        assertTrue(last.action().startsWith("RecoverCoordinator") && last.action().contains("(commit)")
                        && last.engine().contains("model: finished {"),
                () -> "the first divergence: " + last);
    }
}
