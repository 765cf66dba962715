package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckCounts;
import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.Mutation;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Precondition;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.TraceRecorder;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.error.DynamoException;
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
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Which copies count towards a write's quorum (spec/Durability.tla's AckCounts), told as the
 * model's counterexample tells it: a put reaches the leader in a and the follower in b, zone a
 * fails, b crashes and restarts from its disk, and b and c elect a leader. Counting forced copies
 * the put is never acknowledged, and its client is told it failed; counting copies in memory it is
 * acknowledged at once and then lost. Logs are forced only when the test says so.
 */
class UnforcedAcknowledgementTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);
    private static final Item PUT = Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S("v1")));

    /** A cluster on an in-memory volume whose logs are forced only when told, with elections held. */
    private static Cluster cluster(AckCounts counts) throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.setAckCounts(counts);
        cluster.openData(new DataDirectory(new CrashingVolume(), GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        cluster.scheduler().holdElections();
        return cluster;
    }

    @Test
    void countingCopiesInMemoryTheCrashOfTheirHoldersLosesAnAcknowledgedWrite() throws Exception {
        Cluster cluster = cluster(AckCounts.UNSAFE_IN_MEMORY_COPIES);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        // The put is in a's and b's memory, on no disk: acknowledged at once.
        table.write(K, Precondition.NONE, Mutation.put(PUT));
        assertEquals(0, group.forcedSequence(AvailabilityZone.A));
        assertEquals(0, group.forcedSequence(AvailabilityZone.B));
        assertEquals(PUT, table.read(K, true));

        cluster.faults().failAz(AvailabilityZone.A);
        cluster.faults().crashAz(AvailabilityZone.B);
        cluster.faults().restartAz(AvailabilityZone.B);
        assertEquals(0, group.replica(AvailabilityZone.B).appliedSequence(), "b restarted from an empty disk");
        assertEquals(AvailabilityZone.B, group.elect(), "b, as the model elects it: no log is longer");
        assertEquals(0, group.logLength(), "the election cut the acknowledged put");
        assertNull(table.read(K, true), "and a consistent read no longer finds it");
    }

    @Test
    void countingForcedCopiesTheSameScheduleNeverAcknowledgesTheWrite() throws Exception {
        Cluster cluster = cluster(AckCounts.DURABLE_COPIES);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        cluster.scheduler().hold(AvailabilityZone.C);
        CompletableFuture<Void> put = writeAsync(cluster, table);
        assertFalse(put.isDone(), "two copies in memory are not a quorum: nothing is forced");
        assertEquals(PartitionGroup.WriteState.PENDING, group.writeState(group.logSnapshot().get(0)));

        cluster.faults().failAz(AvailabilityZone.A);
        cluster.faults().crashAz(AvailabilityZone.B);
        cluster.faults().restartAz(AvailabilityZone.B);
        assertEquals(AvailabilityZone.B, group.elect());
        ExecutionException refused = assertThrows(ExecutionException.class, () -> put.get(10, TimeUnit.SECONDS));
        assertInstanceOf(DynamoException.class, refused.getCause(), "the client is told the put failed");
        assertNull(table.read(K, true));
    }

    @Test
    void countingForcedCopiesTheWriteIsAcknowledgedOnceTwoReplicasForcedIt() throws Exception {
        Cluster cluster = cluster(AckCounts.DURABLE_COPIES);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        CompletableFuture<Void> put = writeAsync(cluster, table);
        assertEquals(1, group.force(AvailabilityZone.A));
        assertEquals(PartitionGroup.WriteState.PENDING, group.writeState(group.logSnapshot().get(0)), "one forced copy");
        assertEquals(1, group.force(AvailabilityZone.C));
        put.get(10, TimeUnit.SECONDS);
        // a and c hold it on disk: a crashes and b leads; b crashes, a restarts, a and c elect a
        // leader, and the put is there.
        cluster.faults().crashAz(AvailabilityZone.A);
        assertEquals(AvailabilityZone.B, group.elect());
        cluster.faults().crashAz(AvailabilityZone.B);
        cluster.faults().restartAz(AvailabilityZone.A);
        assertEquals(1, group.replica(AvailabilityZone.A).appliedSequence(), "a restarted with the forced put");
        assertTrue(group.elect() != null);
        assertEquals(PUT, table.read(K, true));
    }

    /** Writes on another thread and returns once the leader appended the write (the trace says so). */
    private static CompletableFuture<Void> writeAsync(Cluster cluster, Table table) throws InterruptedException {
        CountDownLatch appended = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry entry) {
                appended.countDown();
            }
        });
        CompletableFuture<Void> put = CompletableFuture.runAsync(() -> table.write(K, Precondition.NONE, Mutation.put(PUT)));
        assertTrue(appended.await(10, TimeUnit.SECONDS), "the put reached the leader");
        cluster.setTrace(TraceRecorder.OFF);
        return put;
    }
}
