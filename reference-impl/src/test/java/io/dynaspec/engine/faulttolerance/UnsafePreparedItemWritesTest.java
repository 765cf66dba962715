package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.PreparedItemWrites;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TransactionCoordinator;
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

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * spec/tx-broken-write-on-prepared.cfg on the engine: a withdrawal between a transfer's prepare
 * and its commit. Refused (the default), the accounts keep their total; accepted (the unsafe
 * switch the model-based tests catch), the commit writes the balance its prepare computed over the
 * withdrawal, and the withdrawn unit comes back.
 */
class UnsafePreparedItemWritesTest {
    private static final KeySchema KEY = new KeySchema("account", AttributeType.S, null, null);

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static Item account(String id, long balance) {
        return Item.of(Map.of("account", new AttributeValue.S(id), "balance", new AttributeValue.N(DynamoNumber.of(balance))));
    }

    private static long balance(Item item) {
        return ((AttributeValue.N) item.get("balance")).value().toBigDecimal().longValueExact();
    }

    /** Transfers 1 from alice to bob, with a withdrawal of 1 from alice between the phases; returns the balances. */
    private static List<Long> transferAroundAWithdrawal(PreparedItemWrites rule, boolean withdrawalRefused) {
        Cluster cluster = new Cluster(AckRule.QUORUM, 5);
        cluster.setPreparedItemWrites(rule);
        Table accounts = cluster.createTable(TableMetadata.of("Accounts", KEY, 2));
        accounts.write(key("alice"), Precondition.NONE, existing -> account("alice", 2));
        accounts.write(key("bob"), Precondition.NONE, existing -> account("bob", 2));
        TransactionCoordinator tx = cluster.transactions();
        TransactionCoordinator.Prepared transfer = tx.prepare(List.of(
                new TransactionCoordinator.Action(accounts, key("alice"), e -> balance(e) >= 1, e -> account("alice", balance(e) - 1)),
                new TransactionCoordinator.Action(accounts, key("bob"), e -> e != null, e -> account("bob", balance(e) + 1))));
        if (withdrawalRefused) {
            DynamoException e = assertThrows(DynamoException.class,
                    () -> accounts.write(key("alice"), e2 -> balance(e2) >= 1, e2 -> account("alice", balance(e2) - 1)));
            assertEquals(ErrorType.TRANSACTION_CONFLICT, e.type());
        } else {
            accounts.write(key("alice"), e -> balance(e) >= 1, e -> account("alice", balance(e) - 1));
        }
        tx.commit(transfer);
        return List.of(balance(accounts.read(key("alice"), true)), balance(accounts.read(key("bob"), true)));
    }

    @Test
    void aWithdrawalOnAPreparedItemIsRefusedAndTheTotalKept() {
        assertEquals(List.of(1L, 3L), transferAroundAWithdrawal(PreparedItemWrites.REFUSED, true));
    }

    @Test
    void acceptedUnsafelyTheCommitWritesOverTheWithdrawal() {
        // The withdrawal was acknowledged, yet the total is still 4: the withdrawal is lost.
        assertEquals(List.of(1L, 3L), transferAroundAWithdrawal(PreparedItemWrites.UNSAFE_ACCEPTED, false));
    }
}
