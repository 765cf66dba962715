package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.GroupStatus;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.error.DynamoException;
import io.dynaspec.engine.error.ErrorType;
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The seed's failure story, told against one partition group: "If there is an AZ failure in AZ-a
 * ... one of the secondary partitions will take over as primary ... there will be no data loss!
 * When AZ-a recovers, the partitions inside it will catch up with the primary".
 */
class AvailabilityZoneFailureTest {
    private static final KeySchema KEY = new KeySchema("email", AttributeType.S, null, null);

    private static PrimaryKey key(int i) {
        return new PrimaryKey(new AttributeValue.S("student" + i + "@example.com"), null);
    }

    private static Item student(int i) {
        return Item.of(Map.of("email", key(i).partition(), "name", new AttributeValue.S("Student " + i)));
    }

    private static void put(Table t, int i) {
        t.write(key(i), Precondition.NONE, Mutation.put(student(i)));
    }

    @Test
    void theLeadersZoneFailsAndNoAcknowledgedWriteIsLost() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table students = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup group = students.partitions().get(0);
        assertEquals(AvailabilityZone.A, group.leaderZone(), "the group starts led from AZ a");

        for (int i = 0; i < 10; i++) {
            put(students, i);
        }
        // Now every replica has our ten writes. Let's fail the leader's zone.
        cluster.faults().failAz(AvailabilityZone.A);
        AvailabilityZone newLeader = group.leaderZone();
        assertNotEquals(AvailabilityZone.A, newLeader, "another zone's replica became the leader");
        assertEquals(2, group.epoch(), "in a new epoch");

        // The application keeps running: writes go on, and everything reads back.
        for (int i = 10; i < 20; i++) {
            put(students, i);
        }
        for (int i = 0; i < 20; i++) {
            assertEquals(student(i), students.read(key(i), true), "acknowledged write " + i);
        }
        // AZ a's replica fell behind while it was down.
        assertEquals(10, group.replica(AvailabilityZone.A).appliedSequence());

        cluster.faults().recoverAz(AvailabilityZone.A);
        // It caught up with the primary before serving again.
        assertEquals(20, group.replica(AvailabilityZone.A).appliedSequence());
        for (int i = 0; i < 20; i++) {
            assertEquals(student(i), group.replica(AvailabilityZone.A).get(key(i)), "AZ a serves write " + i);
        }
        assertEquals(newLeader, group.leaderZone(), "recovery does not move the leader back");
    }

    @Test
    void withTwoZonesDownWritesFailWithARetryableErrorAndNothingIsWritten() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        put(t, 1);
        cluster.faults().failAz(AvailabilityZone.B);
        cluster.faults().failAz(AvailabilityZone.C);
        DynamoException e = assertThrows(DynamoException.class, () -> put(t, 2));
        assertEquals(ErrorType.INTERNAL_SERVER_ERROR, e.type());
        assertTrue(e.type().retryable());
        assertEquals(500, e.type().httpStatus());
        cluster.faults().recoverAz(AvailabilityZone.B);
        assertNull(t.read(key(2), true), "the refused write was not applied");
        put(t, 2);
        assertEquals(student(2), t.read(key(2), true));
    }

    @Test
    void heldDeliveriesMakeEventuallyConsistentReadsStaleUntilReleased() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        put(t, 1);
        assertEquals(student(1), g.replica(AvailabilityZone.A).get(key(1)));
        assertEquals(student(1), g.replica(AvailabilityZone.B).get(key(1)), "the quorum holds the write");
        assertNull(g.replica(AvailabilityZone.C).get(key(1)), "AZ c has not received it yet");
        cluster.scheduler().release(AvailabilityZone.C);
        assertEquals(student(1), g.replica(AvailabilityZone.C).get(key(1)), "and eventually syncs up");
    }

    @Test
    void aWriteWaitsForItsQuorumAndDeliveriesCanBeSteppedOneByOne() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CompletableFuture<Void> write = writeInBackground(cluster, t, 1);
        assertFalse(write.isDone(), "only the leader holds the write: not acknowledged");
        assertTrue(cluster.scheduler().deliverOne(g, AvailabilityZone.B));
        write.get(10, TimeUnit.SECONDS);
        GroupStatus s = g.status();
        assertEquals(1, s.replicas().get(AvailabilityZone.B.ordinal()).applied());
        assertEquals(0, s.replicas().get(AvailabilityZone.C.ordinal()).applied());
    }

    @Test
    void underTheUnsafeLeaderOnlyRuleALeaderFailureLosesAnAcknowledgedWrite() {
        // The broken rule exists to show that the kit's checks catch exactly this.
        Cluster cluster = new Cluster(AckRule.UNSAFE_LEADER_ONLY, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        put(t, 1); // acknowledged: the leader alone holds it
        cluster.faults().failAz(AvailabilityZone.A);
        cluster.scheduler().release(AvailabilityZone.B);
        cluster.scheduler().release(AvailabilityZone.C);
        assertNull(t.read(key(1), true), "the acknowledged write is gone");
    }

    @Test
    void underQuorumTheSameScheduleNeverAcknowledgesTheWrite() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        CompletableFuture<Void> write = writeInBackground(cluster, t, 1);
        cluster.faults().failAz(AvailabilityZone.A);
        ExecutionException e = assertThrows(ExecutionException.class, () -> write.get(10, TimeUnit.SECONDS));
        assertEquals(ErrorType.INTERNAL_SERVER_ERROR, ((DynamoException) e.getCause()).type(), "the client is told the write failed");
        cluster.scheduler().release(AvailabilityZone.B);
        cluster.scheduler().release(AvailabilityZone.C);
        assertNull(t.read(key(1), true));
        // The old leader's unacknowledged entry is cut when it comes back: it rebuilds from the new leader.
        cluster.faults().recoverAz(AvailabilityZone.A);
        assertNull(g.replica(AvailabilityZone.A).get(key(1)));
        put(t, 2);
        assertEquals(student(2), g.replica(AvailabilityZone.A).get(key(2)));
    }

    /**
     * Runs a write on another thread and returns once the leader has appended it, as the cluster's
     * trace reports: no polling, no sleeping.
     */
    private static CompletableFuture<Void> writeInBackground(Cluster cluster, Table t, int i) throws InterruptedException {
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup group, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> put(t, i));
        if (!appended.await(10, TimeUnit.SECONDS)) {
            throw new AssertionError("the write never reached the leader");
        }
        return write;
    }

    @Test
    void aReplicaThatFellBehindTheDroppedLogCatchesUpFromACopy() {
        Cluster cluster = new Cluster(AckRule.QUORUM, 7);
        Table t = cluster.createTable(TableMetadata.of("Students", KEY, 1));
        PartitionGroup g = t.partitions().get(0);
        put(t, 0);
        cluster.faults().failAz(AvailabilityZone.C);
        for (int i = 1; i <= 20_000; i++) {
            put(t, i % 5_000);
        }
        assertTrue(g.logSnapshot().size() < g.logLength(), "acknowledged entries applied by every live replica were dropped");
        assertEquals(1, g.replica(AvailabilityZone.C).appliedSequence());
        cluster.faults().recoverAz(AvailabilityZone.C);
        assertEquals(g.logLength(), g.replica(AvailabilityZone.C).appliedSequence());
        for (int i = 0; i < 5_000; i++) {
            assertEquals(student(i), g.replica(AvailabilityZone.C).get(key(i)), "AZ c holds write " + i);
        }
        assertEquals(5_000, g.replica(AvailabilityZone.C).itemCount());
    }
}
