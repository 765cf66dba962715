package io.dynaspec.engine.faulttolerance;

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
import io.dynaspec.engine.value.AttributeType;
import io.dynaspec.engine.value.AttributeValue;
import io.dynaspec.engine.value.Item;
import io.dynaspec.engine.value.KeySchema;
import io.dynaspec.engine.value.PrimaryKey;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start after a power cut chooses each partition's leader and epoch from the replicas' files as
 * spec/PowerCut.tla's Restart does: the latest last epoch, then the longest log, leads an epoch one
 * past the latest epoch of any entry on disk. The first story is dur-powercut-broken's
 * counterexample, where a restart that let the first replica up lead alone lost the acknowledged
 * put; the second shows the epoch a start gives, which an earlier run's leader may have held.
 */
class PowerCutRestartTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);
    private static final Item PUT = Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S("v1")));

    /** An engine on the volume whose logs are forced only when a test says so. */
    private static Cluster engine(CrashingVolume volume) throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.openData(new DataDirectory(volume, GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        return cluster;
    }

    /** The power goes off; the engine starts again from what was forced. */
    private static Cluster restart(CrashingVolume volume) throws Exception {
        volume.powerOff();
        Cluster after = new Cluster(AckRule.QUORUM, 1);
        after.openData(DataDirectory.inline(volume.afterPowerLoss(new Random(1), false),
                DataDirectory.DEFAULT_SNAPSHOT_BYTES));
        return after;
    }

    @Test
    void aWriteForcedOnTwoReplicasButNotOnTheThirdSurvivesAPowerCut() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        AvailabilityZone first = group.leaderZone();

        // The counterexample: the put reaches the leader and one follower, both force it, and it
        // is acknowledged; the third replica never hears of it.
        AvailabilityZone follower = other(first, null);
        AvailabilityZone third = other(first, follower);
        cluster.scheduler().hold(third);
        LogEntry[] entry = new LogEntry[1];
        CompletableFuture<Void> put = writeAsync(cluster, table, entry);
        assertEquals(1, group.force(first));
        assertEquals(1, group.force(follower));
        put.get(10, TimeUnit.SECONDS);
        assertEquals(PartitionGroup.WriteState.ACKNOWLEDGED, group.writeState(entry[0]));
        assertEquals(0, group.forcedSequence(third), "the third replica has nothing on disk");

        // Power cut. Under FirstUp the third replica, up first, would lead with its empty log.
        Cluster after = restart(volume);
        PartitionGroup restarted = after.table("T").partitions().get(0);
        assertNotEquals(third, restarted.leaderZone(), "a replica with the put on disk leads");
        assertEquals(2, restarted.epoch(), "one past the epoch of the put, the latest on disk");
        assertEquals(PUT, after.table("T").read(K, true));
        // Every zone up, every replica in the new epoch: any one of them can go down.
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(2, restarted.joinedEpoch(z), z + " joined the restart's epoch");
        }
        for (AvailabilityZone down : AvailabilityZone.values()) {
            after.faults().failAz(down);
            assertEquals(PUT, after.table("T").read(K, true), "with " + down + " down");
            after.faults().recoverAz(down);
        }
    }

    @Test
    void theRestartsEpochIsOnePastTheLatestEpochOnDiskNotTheLatestElected() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        LogEntry[] entry = new LogEntry[1];
        CompletableFuture<Void> put = writeAsync(cluster, table, entry);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            group.force(z);
        }
        put.get(10, TimeUnit.SECONDS);

        // The leader's zone fails: a new leader leads epoch 2, and no entry of epoch 2 is written.
        AvailabilityZone first = group.leaderZone();
        cluster.faults().failAz(first);
        assertEquals(2, group.epoch());

        // Nothing on disk names epoch 2: the start numbers its epoch from the entries, 1 + 1.
        Cluster after = restart(volume);
        PartitionGroup restarted = after.table("T").partitions().get(0);
        assertEquals(2, restarted.epoch(), "epoch 2 again, in a new run of the engine");
        assertEquals(PUT, after.table("T").read(K, true));
    }

    /** A zone other than the given ones. */
    private static AvailabilityZone other(AvailabilityZone a, AvailabilityZone b) {
        for (AvailabilityZone z : AvailabilityZone.values()) {
            if (z != a && z != b) {
                return z;
            }
        }
        throw new IllegalStateException();
    }

    /** Writes on another thread and returns once the leader appended the write. */
    private static CompletableFuture<Void> writeAsync(Cluster cluster, Table table, LogEntry[] appended)
            throws InterruptedException {
        CountDownLatch reached = new CountDownLatch(1);
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry e) {
                appended[0] = e;
                reached.countDown();
            }
        });
        CompletableFuture<Void> put = CompletableFuture.runAsync(() -> table.write(K, Precondition.NONE, Mutation.put(PUT)));
        assertTrue(reached.await(10, TimeUnit.SECONDS), "the put reached the leader");
        cluster.setTrace(TraceRecorder.OFF);
        return put;
    }
}
