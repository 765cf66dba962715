package io.dynaspec.engine.cluster;

import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Failing a replica that is down and recovering one that is up change nothing, as failing a
 * failed zone and recovering an up one do. The model-based tests found both per-replica calls
 * acting: recovering an up follower delivered the entries its zone's deliveries were held back
 * from, and each call recorded a model step the model cannot take.
 */
class ReplicaFaultsTest {
    private static final KeySchema KEYS = new KeySchema("pk", AttributeType.S, null, null);

    @Test
    void recoveringAnUpReplicaDeliversNothingAndRecordsNothing() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEYS, 1));
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.B);
        cluster.scheduler().hold(AvailabilityZone.C);
        List<String> steps = new ArrayList<>();
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }

            @Override
            public void onRecover(PartitionGroup g, AvailabilityZone zone) {
                steps.add("recover " + zone.label());
            }

            @Override
            public void onFail(PartitionGroup g, AvailabilityZone zone) {
                steps.add("fail " + zone.label());
            }
        });
        PrimaryKey key = new PrimaryKey(new AttributeValue.S("k"), null);
        CompletableFuture<Void> write = CompletableFuture.runAsync(() -> table.write(key, Precondition.NONE, Mutation.DELETE));
        assertTrue(appended.await(10, TimeUnit.SECONDS));

        cluster.faults().recoverReplica(group, AvailabilityZone.B);
        assertEquals(0, group.replica(AvailabilityZone.B).appliedSequence(), "B's deliveries are held");
        assertEquals(List.of(), steps);

        cluster.faults().failReplica(group, AvailabilityZone.C);
        cluster.faults().failReplica(group, AvailabilityZone.C);
        assertEquals(List.of("fail c"), steps, "the second failure of C is no step");

        cluster.scheduler().release(AvailabilityZone.B);
        write.get(10, TimeUnit.SECONDS);
        assertEquals(1, group.committedSequence());
    }

    @Test
    void aCutEntryStaysCutAfterItsPositionIsCompacted() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1, 1);
        Table table = cluster.createTable(TableMetadata.of("T", KEYS, 1));
        PartitionGroup group = table.partitions().get(0);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            cluster.scheduler().hold(z);
        }
        List<LogEntry> appended = new ArrayList<>();
        CountDownLatch first = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.add(entry);
                first.countDown();
            }
        });
        PrimaryKey key = new PrimaryKey(new AttributeValue.S("k"), null);
        CompletableFuture<Void> cutWrite = CompletableFuture.runAsync(() -> table.write(key, Precondition.NONE, Mutation.DELETE));
        assertTrue(first.await(10, TimeUnit.SECONDS));
        LogEntry cutEntry = appended.get(0);
        cluster.faults().failAz(AvailabilityZone.A);
        assertEquals(PartitionGroup.WriteState.CUT, group.writeState(cutEntry));
        cluster.faults().recoverAz(AvailabilityZone.A);
        cluster.scheduler().release(AvailabilityZone.A);
        cluster.scheduler().release(AvailabilityZone.C);
        table.write(key, Precondition.NONE, Mutation.DELETE);
        assertEquals(1, group.committedSequence());
        assertEquals(0, group.logSnapshot().size(), "applied by every live replica and acknowledged: dropped");
        assertEquals(PartitionGroup.WriteState.CUT, group.writeState(cutEntry), "a cut entry is not acknowledged by its successor");
        assertTrue(cutWrite.isCompletedExceptionally() || cutWrite.handle((r, e) -> e != null).get(10, TimeUnit.SECONDS));
    }
}
