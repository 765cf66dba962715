package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TransactionCoordinator;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A transaction's prepared state is a log entry like any write (DESIGN.md, "Transactions"), so a
 * failover carries it: now both accounts are prepared; let's fail the leader's zone between the
 * phases. The new leader still holds the items for the transaction, refuses a write to them, and
 * the commit lands on it.
 */
class TransactionFailoverTest {
    private static final KeySchema KEY = new KeySchema("account", AttributeType.S, null, null);

    private static PrimaryKey key(String id) {
        return new PrimaryKey(new AttributeValue.S(id), null);
    }

    private static Item account(String id, long balance) {
        return Item.of(Map.of("account", new AttributeValue.S(id), "balance", new AttributeValue.N(io.dynaspec.engine.value.DynamoNumber.of(balance))));
    }

    @Test
    void preparedItemsSurviveTheLeadersZoneFailingBetweenThePhases() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 3);
        Table accounts = cluster.createTable(TableMetadata.of("Accounts", KEY, 1));
        PartitionGroup group = accounts.partitions().get(0);
        accounts.write(key("alice"), Precondition.NONE, Mutation.put(account("alice", 100)));
        accounts.write(key("bob"), Precondition.NONE, Mutation.put(account("bob", 0)));

        TransactionCoordinator tx = cluster.transactions();
        tx.holdBetweenPhases();
        CompletableFuture<Void> transfer = CompletableFuture.runAsync(() -> tx.write(List.of(
                new TransactionCoordinator.Action(accounts, key("alice"), Precondition.NONE, Mutation.put(account("alice", 60))),
                new TransactionCoordinator.Action(accounts, key("bob"), Precondition.NONE, Mutation.put(account("bob", 40))))));
        assertTrue(tx.awaitHeld(1, 10_000));
        long prepares = group.logSnapshot().stream().filter(e -> e.kind() == LogEntry.Kind.PREPARE).count();
        assertEquals(2, prepares, "one PREPARE entry per item, in the partition's log");

        cluster.faults().failAz(AvailabilityZone.A);
        AvailabilityZone newLeader = group.leaderZone();
        assertNotEquals(AvailabilityZone.A, newLeader);
        assertTrue(group.replica(newLeader).preparedTransaction(key("alice")) != 0, "the new leader holds alice for the transaction");
        DynamoException conflict = assertThrows(DynamoException.class,
                () -> accounts.write(key("bob"), Precondition.NONE, Mutation.put(account("bob", 1))));
        assertEquals(ErrorType.TRANSACTION_CONFLICT, conflict.type());

        tx.releaseBetweenPhases();
        transfer.get();
        assertEquals(account("alice", 60), accounts.read(key("alice"), true));
        assertEquals(account("bob", 40), accounts.read(key("bob"), true));

        // AZ a recovers and catches up: it holds the committed items and no prepared state.
        cluster.faults().recoverAz(AvailabilityZone.A);
        assertEquals(account("bob", 40), group.replica(AvailabilityZone.A).get(key("bob")));
        assertEquals(0, group.replica(AvailabilityZone.A).preparedCount());
    }

    @Test
    void aPrepareWithoutItsQuorumIsRefusedAndTheTransactionWritesNothing() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 5);
        Table accounts = cluster.createTable(TableMetadata.of("Accounts", KEY, 1));
        accounts.write(key("alice"), Precondition.NONE, Mutation.put(account("alice", 100)));
        cluster.faults().failAz(AvailabilityZone.B);
        cluster.faults().failAz(AvailabilityZone.C);
        DynamoException e = assertThrows(DynamoException.class, () -> cluster.transactions().write(List.of(
                new TransactionCoordinator.Action(accounts, key("alice"), Precondition.NONE, Mutation.put(account("alice", 0))))));
        assertEquals(ErrorType.INTERNAL_SERVER_ERROR, e.type());
        cluster.faults().recoverAz(AvailabilityZone.B);
        assertEquals(account("alice", 100), accounts.read(key("alice"), true));
        assertEquals(0, accounts.partitions().get(0).replica(AvailabilityZone.A).preparedCount());
    }
}
