package io.dynaspec.runner.trace;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.faulttolerance.RandomFaultSchedule;
import io.dynaspec.runner.tlc.ModelCheckResult;
import io.dynaspec.runner.tlc.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ties the engine's transactions to spec/Transactions.tla: the cluster's state after every step
 * of seeded fault schedules with transfers, recorded in the model's variables, must satisfy the
 * model's TransactionIsAtomic, CommitsInTimestampOrder and NoAcknowledgedTransactionLost, which
 * TLC evaluates on each state (spec/trace/TraceTransactions.tla).
 *
 * <p>{@code -Dtrace.transactionSchedules=N} checks N schedules (20 by default).
 */
class TransactionStatesTest {
    private static final int SCHEDULES = Integer.getInteger("trace.transactionSchedules", 20);
    private static final int STEPS = 60;
    private static final Path SPEC = Path.of("..", "spec");
    private static final Path WORK = Path.of("target", "trace-check", "transactions");
    private static final ExecutorService WRITERS = RandomFaultSchedule.writerPool();

    @AfterAll
    static void stopWriters() {
        WRITERS.shutdownNow();
    }

    @Test
    void everyStateOfTheSchedulesWithTransfersSatisfiesTheModelsTransactionInvariants() throws Exception {
        List<TransactionStates.Run> runs = new ArrayList<>();
        int transfers = 0;
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            TransactionStates.Run r = TransactionStates.record(AckRule.QUORUM, seed, STEPS, WRITERS);
            assertTrue(r.unexpected().isEmpty(), () -> "schedule " + r.name() + ": " + r.unexpected());
            transfers += r.transfersCommitted();
            runs.add(r);
        }
        int states = TransactionStates.stateCount(runs);
        ModelCheckResult result = TransactionStates.check(SPEC, WORK.resolve("quorum"), runs, Duration.ofMinutes(10));
        System.out.printf("transaction states: %d schedules, %d transfers committed, %d states: %s, %d distinct states in %d ms%n",
                SCHEDULES, transfers, states, result.outcome(), result.distinctStates(), result.time().toMillis());
        assertEquals(Outcome.SUCCESS, result.outcome(), () -> "TLC: " + result);
        assertTrue(transfers > SCHEDULES / 2, "the schedules commit transactions: " + transfers);
        assertEquals(states, result.distinctStates(), "TLC visited every recorded state");
    }

    /**
     * The mutation: under the unsafe leader-only rule, a PREPARE only its leader held counts as a
     * yes vote, a failover cuts it, and the committed transaction has lost an item: TLC finds a
     * recorded state that breaks NoAcknowledgedTransactionLost.
     */
    @Test
    void theUnsafeRuleLeavesAStateThatLosesACommittedTransaction() throws Exception {
        List<TransactionStates.Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            runs.add(TransactionStates.record(AckRule.UNSAFE_LEADER_ONLY, seed, STEPS, WRITERS));
        }
        ModelCheckResult result = TransactionStates.check(SPEC, WORK.resolve("unsafe"), runs, Duration.ofMinutes(10));
        System.out.printf("transaction states, unsafe rule: %s %s after %d distinct states%n",
                result.outcome(), result.property(), result.distinctStates());
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("NoAcknowledgedTransactionLost", result.property());
    }

    /**
     * The coordinator's steps, one recorded step at a time: under the quorum rule every change to
     * the ledger and to the transactions' entries is one the model's Prepare, Decide, Commit and
     * Cancel allow; under the unsafe leader-only rule some transfer is decided commit while a
     * Prepare is held by its leader alone, the model's Decide cannot take that step.
     */
    @Test
    void theCoordinatorsStepsAreTheModelsAndTheUnsafeRulesDecisionIsNot() throws Exception {
        List<TransactionStates.Run> runs = new ArrayList<>();
        for (long seed = 1; seed <= SCHEDULES; seed++) {
            runs.add(TransactionStates.record(AckRule.QUORUM, seed, STEPS, WRITERS));
        }
        ModelCheckResult followed = TransactionStates.checkSteps(SPEC, WORK.resolve("steps"), runs, Duration.ofMinutes(10));
        System.out.printf("transaction steps: %d schedules, %d states: %s in %d ms%n", SCHEDULES,
                TransactionStates.stateCount(runs), followed.outcome(), followed.time().toMillis());
        assertEquals(Outcome.SUCCESS, followed.outcome(), () -> "TLC: " + followed);

        List<TransactionStates.Run> unsafe = new ArrayList<>();
        for (long seed = 1; seed <= 100; seed++) {
            unsafe.add(TransactionStates.record(AckRule.UNSAFE_LEADER_ONLY, seed, STEPS, WRITERS));
        }
        ModelCheckResult result = TransactionStates.checkSteps(SPEC, WORK.resolve("steps-unsafe"), unsafe, Duration.ofMinutes(10));
        System.out.printf("transaction steps, unsafe rule: %s %s%n", result.outcome(), result.property());
        assertEquals(Outcome.SAFETY_FAILURE, result.outcome(), () -> "TLC: " + result);
        assertEquals("CoordinatorStepsFollowed", result.property());
    }
}
