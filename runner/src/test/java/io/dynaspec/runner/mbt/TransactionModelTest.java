package io.dynaspec.runner.mbt;

import io.dynaspec.engine.cluster.AckRule;
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
 * The transactions' model-based tests (spec/mbt/README.md): EngineTransactions' state graph for
 * spec/mbt/mbt-tx.cfg, and every behaviour of the cover of its transitions driven on the engine,
 * which must answer as the model does and reach its state after every operation; 500 of them,
 * drawn with the seed, on an engine that accepts single-item writes on prepared items, which must
 * leave the model. {@code -Dmbt.tx.limit=N} drives N behaviours drawn with the seed
 * {@code -Dmbt.tx.seed=S} (default 13).
 */
class TransactionModelTest {

    private static final Path SPEC = Path.of("..", "spec");
    private static final int LIMIT = Integer.getInteger("mbt.tx.limit", 0);
    private static final long SEED = Long.getLong("mbt.tx.seed", 13L);
    private static TransactionModelTests.Report safe;
    private static TransactionModelTests.Report unsafe;

    @BeforeAll
    static void driveTheGraph() throws Exception {
        TransactionModelTests tests = new TransactionModelTests(SPEC, Path.of("target", "mbt", "mbt-tx"), 2,
                Duration.ofMinutes(10), "mbt-tx");
        tests.build(p -> { });
        safe = tests.drive(AckRule.QUORUM, PreparedItemWrites.REFUSED, LIMIT, SEED, 3, (d, n) -> { });
        print("transactions' model-based tests (writes on prepared items refused)", safe);
        // The broken engine on 500 behaviours drawn with the seed: enough to meet a withdrawal on a held item.
        unsafe = tests.drive(AckRule.QUORUM, PreparedItemWrites.UNSAFE_ACCEPTED, 500, SEED, 1, (d, n) -> { });
        print("transactions' model-based tests (writes on prepared items unsafe accepted)", unsafe);
    }

    /** The report's figures under the title, its outcomes, and the steps of each behaviour that left the model. */
    static void print(String title, TransactionModelTests.Report r) {
        System.out.printf("%s: %,d states, %,d transitions, "
                        + "%,d behaviours (%,d driven, %,d steps, %,d operations) in %.1f s; %d failed%n",
                title, r.states(), r.transitions(), r.behaviours(), r.replayed(), r.steps(), r.operations(),
                r.replayTime().toMillis() / 1000.0, r.failed());
        r.outcomes().forEach((k, v) -> System.out.printf("  %,7d  %s%n", v, k));
        for (TransactionModelTests.Failure f : r.failures()) {
            System.out.println("behaviour " + f.behaviour() + ":");
            for (TransactionReplay.Step s : f.result().steps()) {
                System.out.println("  " + (s.asPredicted() ? "  " : "X ") + s.index() + " " + s.action() + " -> " + s.engine());
            }
        }
    }

    @Test
    void tlcChecksTheEngineScheduleAndWritesItsStateGraph() {
        // Every invariant of Transactions, and StepsAreTransactionSteps.
        assertEquals(Outcome.SUCCESS, safe.tlc().outcome(), () -> String.join("\n", safe.tlc().errors()));
        assertTrue(safe.states() > 10_000, "the graph of mbt-tx.cfg: " + safe.states() + " states");
        assertTrue(safe.behaviours() >= safe.replayed() && safe.replayed() > 0);
    }

    @Test
    void theEngineFollowsEveryBehaviourDriven() {
        assertTrue(safe.passed(), () -> safe.failed() + " of " + safe.replayed() + " behaviours left the model; first: "
                + (safe.failures().isEmpty() ? "" : safe.failures().get(0).result().steps()));
    }

    @Test
    void theBehavioursReachEveryOutcome() {
        // Not only commits: each refusal the model knows, held transactions and their release,
        // conflicts of withdrawals and snapshots with a held transaction. (A withdrawal refused
        // for its condition needs a second withdrawal: spec/mbt/mbt-tx-deep.cfg, by hand.)
        for (String outcome : List.of("TransactWriteItems: committed", "TransactWriteItems: held", "Decide: committed",
                "UpdateItem: Accepted", "UpdateItem: TransactionConflict",
                "TransactGetItems: TransactionCanceled")) {
            assertTrue(safe.outcomes().containsKey(outcome), () -> "no " + outcome + " in " + safe.outcomes().keySet());
        }
        for (String reason : List.of("ConditionalCheckFailed", "TransactionConflict", "ValidationError")) {
            assertTrue(safe.outcomes().keySet().stream().anyMatch(k -> k.startsWith("TransactWriteItems: canceled") && k.contains(reason)),
                    () -> "no transaction cancelled for " + reason + " in " + safe.outcomes().keySet());
        }
    }

    @Test
    void anEngineThatAcceptsWritesOnPreparedItemsLeavesTheModel() {
        assertEquals(Outcome.SUCCESS, unsafe.tlc().outcome());
        assertTrue(unsafe.failed() > 0, "no behaviour caught single-item writes accepted on prepared items");
        TransactionReplay.Step last = unsafe.failures().get(0).result().steps()
                .get(unsafe.failures().get(0).result().steps().size() - 1);
        assertTrue(last.action().startsWith("UpdateItem") && last.engine().contains("model: TransactionConflict"),
                () -> "the first divergence: " + last);
    }
}
