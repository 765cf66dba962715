package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.CoordinatorRecovery;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.cluster.TransactionCoordinator.FailurePoint;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.DynamoNumber;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * spec/Transactions.tla's FailCoordinator and RecoverCoordinator on the engine: a transfer of 1
 * from alice to bob (2 each) whose coordinator fails between its phases. Until another coordinator
 * takes over, the items stay prepared (a withdrawal conflicts); it then finishes the transfer
 * from what was recorded: cancelled when the coordinator failed before deciding, committed when
 * the ledger holds its commit decision — across a failover of the leaders' zone too. The unsafe
 * recovery, which ignores the ledger, undoes a transfer decided to commit.
 */
class CoordinatorFailureTest {
    private static final KeySchema KEY = new KeySchema("account", AttributeType.S, null, null);

    private final Cluster cluster = new Cluster(AckRule.QUORUM, 5);
    private final Table accounts = cluster.createTable(TableMetadata.of("Accounts", KEY, 2));
    private final TransactionCoordinator tx = cluster.transactions();

    CoordinatorFailureTest() {
        accounts.write(key("alice"), Precondition.NONE, existing -> account("alice", 2));
        accounts.write(key("bob"), Precondition.NONE, existing -> account("bob", 2));
    }

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static Item account(String id, long balance) {
        return Item.of(Map.of("account", new AttributeValue.S(id), "balance", new AttributeValue.N(DynamoNumber.of(balance))));
    }

    private static long balance(Item item) {
        return ((AttributeValue.N) item.get("balance")).value().toBigDecimal().longValueExact();
    }

    private List<TransactionCoordinator.Action> transfer() {
        return List.of(
                new TransactionCoordinator.Action(accounts, key("alice"), e -> balance(e) >= 1, e -> account("alice", balance(e) - 1)),
                new TransactionCoordinator.Action(accounts, key("bob"), e -> e != null, e -> account("bob", balance(e) + 1)));
    }

    private List<Long> balances() {
        return List.of(balance(accounts.read(key("alice"), true)), balance(accounts.read(key("bob"), true)));
    }

    private void assertWithdrawalConflicts() {
        DynamoException e = assertThrows(DynamoException.class,
                () -> accounts.write(key("alice"), x -> balance(x) >= 1, x -> account("alice", balance(x) - 1)));
        assertEquals(ErrorType.TRANSACTION_CONFLICT, e.type());
    }

    private static void assertCoordinatorFailed(DynamoException e) {
        assertEquals(ErrorType.INTERNAL_SERVER_ERROR, e.type());
    }

    @Test
    void failedAfterPrepareTheTransferIsCancelledByTheNextCoordinator() {
        cluster.faults().failCoordinator(FailurePoint.AFTER_PREPARE);
        assertCoordinatorFailed(assertThrows(DynamoException.class, () -> tx.write(transfer())));
        assertEquals(Set.of(1L), tx.failedCoordinators());
        assertWithdrawalConflicts();

        assertEquals(Map.of(1L, "cancel"), cluster.faults().recoverCoordinator());
        assertEquals(Set.of(), tx.failedCoordinators());
        assertEquals(List.of(2L, 2L), balances());
        accounts.write(key("alice"), x -> balance(x) >= 1, x -> account("alice", balance(x) - 1));
    }

    @Test
    void failedAfterItsCommitDecisionTheTransferIsCommittedByTheNextCoordinator() {
        cluster.faults().failCoordinator(FailurePoint.AFTER_DECIDE);
        assertCoordinatorFailed(assertThrows(DynamoException.class, () -> tx.write(transfer())));
        assertWithdrawalConflicts();
        assertEquals(0, tx.unfinished());

        assertEquals(Map.of(1L, "commit"), cluster.faults().recoverCoordinator());
        assertEquals(List.of(1L, 3L), balances());
        assertEquals(0, tx.unfinished());
    }

    @Test
    void failedAfterItsCommitDecisionTheTransferCountsAsCommittedForItsClientToken() {
        // The request's ClientRequestToken is completed once the decision is recorded, so a retry
        // with it is answered as committed instead of running the transfer a second time.
        boolean[] committed = {false};
        cluster.faults().failCoordinator(FailurePoint.AFTER_DECIDE);
        assertThrows(DynamoException.class, () -> tx.write(transfer(), null, () -> committed[0] = true));
        assertEquals(true, committed[0]);

        boolean[] prepared = {false};
        cluster.faults().recoverCoordinator();
        cluster.faults().failCoordinator(FailurePoint.AFTER_PREPARE);
        assertThrows(DynamoException.class, () -> tx.write(transfer(), null, () -> prepared[0] = true));
        assertEquals(false, prepared[0]);
    }

    @Test
    void theDecisionSurvivesAFailoverBetweenTheFailureAndTheRecovery() {
        cluster.faults().failCoordinator(FailurePoint.AFTER_DECIDE);
        assertThrows(DynamoException.class, () -> tx.write(transfer()));
        cluster.faults().failAz(AvailabilityZone.values()[0]);

        cluster.faults().recoverCoordinator();
        assertEquals(List.of(1L, 3L), balances());
        cluster.faults().recoverAz(AvailabilityZone.values()[0]);
        assertEquals(List.of(1L, 3L), balances());
    }

    @Test
    void aFailureArmedStrikesOnceAndLaterTransfersRunThrough() {
        cluster.faults().failCoordinator(FailurePoint.AFTER_PREPARE);
        assertThrows(DynamoException.class, () -> tx.write(transfer()));
        cluster.faults().recoverCoordinator();
        tx.write(transfer());
        assertEquals(List.of(1L, 3L), balances());
        assertEquals(Map.of(), cluster.faults().recoverCoordinator());
    }

    @Test
    void theUnsafeRecoveryUndoesATransferDecidedToCommit() {
        tx.setRecovery(CoordinatorRecovery.UNSAFE_CANCEL_ALL);
        cluster.faults().failCoordinator(FailurePoint.AFTER_DECIDE);
        assertThrows(DynamoException.class, () -> tx.write(transfer()));
        assertEquals(Map.of(1L, "cancel"), cluster.faults().recoverCoordinator());
        assertEquals(List.of(2L, 2L), balances());
    }
}
