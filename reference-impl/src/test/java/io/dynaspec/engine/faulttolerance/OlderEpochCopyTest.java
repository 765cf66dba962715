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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A copy forced by a replica of an older epoch does not count towards the quorum (the model's
 * Holders: only replicas that joined the current epoch). The story the crash traces found
 * (spec/trace/README.md, *Crashes and restarts*): a put forced by the leader in a, a fails before
 * b forces it, b leads epoch 2 and forces it. Counting a's copy, the put was acknowledged; c
 * then joined epoch 2 with the put in memory only, crashed, and, with b failed, restarted and
 * won the election over a (a later epoch beats a longer log), cutting the acknowledged put. Now
 * the put waits until a, back up, joins epoch 2 — then a wins that election and keeps it.
 */
class OlderEpochCopyTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final PrimaryKey K = new PrimaryKey(new AttributeValue.S("k1"), null);
    private static final Item PUT = Item.of(Map.of("pk", new AttributeValue.S("k1"), "v", new AttributeValue.S("v1")));

    @Test
    void aCopyForcedInAnOlderEpochWaitsForItsReplicaToJoinAndTheWriteSurvivesTheElectionAfter() throws Exception {
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.openData(new DataDirectory(new CrashingVolume(), GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), DataDirectory.DEFAULT_SNAPSHOT_BYTES, failure -> { }));
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);

        // c hears nothing for now; the put reaches a's and b's memory, and a forces it.
        cluster.scheduler().hold(AvailabilityZone.C);
        LogEntry[] entry = new LogEntry[1];
        CompletableFuture<Void> put = writeAsync(cluster, table, entry);
        assertEquals(1, group.force(AvailabilityZone.A));
        // a's zone fails: b, with the put, leads epoch 2, and forces it too.
        cluster.faults().failAz(AvailabilityZone.A);
        assertEquals(AvailabilityZone.B, group.leaderZone());
        assertEquals(2, group.epoch());
        assertEquals(1, group.force(AvailabilityZone.B));
        assertEquals(PartitionGroup.WriteState.PENDING, group.writeState(entry[0]),
                "a forced it in epoch 1 and has not joined epoch 2: its copy does not count");

        // c joins epoch 2 with the put in memory; a comes back, joins epoch 2 at once, and counts.
        cluster.scheduler().release(AvailabilityZone.C);
        cluster.faults().recoverAz(AvailabilityZone.A);
        assertEquals(2, group.joinedEpoch(AvailabilityZone.A), "a holds the whole log: it joins with nothing to take");
        assertEquals(PartitionGroup.WriteState.ACKNOWLEDGED, group.writeState(entry[0]));
        put.get(10, TimeUnit.SECONDS);

        // c crashes, keeping nothing; b fails; c restarts, and a and c elect: a, with the put.
        cluster.faults().crashAz(AvailabilityZone.C);
        cluster.faults().failAz(AvailabilityZone.B);
        cluster.faults().restartAz(AvailabilityZone.C);
        assertEquals(AvailabilityZone.A, group.leaderZone());
        assertTrue(group.holdsInLog(entry[0]), "the acknowledged put survives the election");
        assertEquals(PUT, table.read(K, true));
    }

    /** Writes the put of k1 on another thread and returns once the leader appended it. */
    static CompletableFuture<Void> writeAsync(Cluster cluster, Table table, LogEntry[] appended)
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
