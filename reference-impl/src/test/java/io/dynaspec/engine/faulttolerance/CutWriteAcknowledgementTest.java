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
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A write the leader appended and a failover cut must be reported failed to its client even when
 * a later write takes its position in the log and is acknowledged before the client's thread
 * looks again. The model-based tests found the engine telling such a client it succeeded: the
 * client's thread woke only after the new entry at the same position had moved the commit point
 * past it (behaviour: delete, fail the leader's AZ, delete again on the new leader, recover).
 */
class CutWriteAcknowledgementTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);

    @Test
    void aCutWriteIsNotAcknowledgedByTheWriteThatTakesItsPosition() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().hold(z);
        }
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> table.write(K, Precondition.NONE, Mutation.DELETE));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the first write reached the leader");
        cluster.setTrace(TraceRecorder.OFF);
        // Holding the group's lock, the first write's client cannot look between the cut and the
        // second write's acknowledgement: it waits (for its quorum) with the lock released.
        synchronized (group) {
            cluster.faults().failAz(AvailabilityZone.A);
            assertEquals(AvailabilityZone.B, group.leaderZone());
            assertEquals(0, group.logLength(), "the election cut the unreplicated write");
            cluster.scheduler().release(AvailabilityZone.C);
            table.write(K, Precondition.NONE, Mutation.DELETE);
            assertEquals(1, group.committedSequence(), "the second write is acknowledged at position 1");
        }
        ExecutionException e = assertThrows(ExecutionException.class, () -> first.get(10, TimeUnit.SECONDS));
        assertInstanceOf(DynamoException.class, e.getCause());
    }
}
