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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A replica snapshots its log once it outgrows the snapshot size, but only at its commit point,
 * so that a snapshot holds acknowledged entries alone (what a failover or a start undoes,
 * spec/PowerCut.tla's UndoCut among them, is never in one). Writers that keep an entry waiting
 * for its quorum at every moment never let a replica reach it; past the log bound (twice the
 * snapshot size unless told otherwise) new writes wait until the due snapshot is written, so
 * the files stay bounded, and every acknowledged write is there after a restart from the folder.
 */
class SnapshotBoundTest {
    private static final KeySchema KEY = new KeySchema("pk", AttributeType.S, null, null);
    private static final long SNAPSHOT_BYTES = 4096;
    /** The log bound, and what one write's entry may add past it (this test's entries are ~100 bytes). */
    private static final long BOUND = 2 * SNAPSHOT_BYTES;
    private static final long ONE_ENTRY = 512;
    private static final int WRITES = 400;

    /** The key of write i: each write puts an item of its own. */
    private static PrimaryKey key(int i) {
        return new PrimaryKey(new AttributeValue.S("k" + i), null);
    }

    /** The item write i puts. */
    private static Item item(int i) {
        return Item.of(Map.of("pk", new AttributeValue.S("k" + i), "v", new AttributeValue.S("value " + i)));
    }

    /** The bytes of the zone's log files of the only table's only partition. */
    private static long logBytes(CrashingVolume volume, AvailabilityZone zone) {
        String folder = "/p0/" + zone.label() + "/wal-";
        long bytes = 0;
        for (String name : volume.names()) {
            if (name.contains(folder)) {
                bytes += volume.forced(name);
            }
        }
        return bytes;
    }

    /** Whether the zone's replica of the only partition has written a snapshot. */
    private static boolean hasSnapshot(CrashingVolume volume, AvailabilityZone zone) {
        String folder = "/p0/" + zone.label() + "/snapshot-";
        return volume.names().stream().anyMatch(n -> n.contains(folder));
    }

    @Test
    void writersThatNeverLetAReplicaReachItsCommitPointWaitForItsSnapshotPastTheBound() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = new Cluster(AckRule.QUORUM, 1);
        cluster.openData(new DataDirectory(volume, GroupCommit.manual(failure -> {
            throw new AssertionError("storage failed", failure);
        }), SNAPSHOT_BYTES, failure -> { }));
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        AvailabilityZone leader = group.leaderZone();
        AvailabilityZone follower = null;
        AvailabilityZone third = null;
        for (AvailabilityZone z : AvailabilityZone.values()) {
            if (z != leader && follower == null) {
                follower = z;
            } else if (z != leader) {
                third = z;
            }
        }
        // The third zone hears nothing: every entry's quorum is the leader's and the follower's forces.
        cluster.scheduler().hold(third);
        AtomicLong appended = new AtomicLong();
        cluster.setTrace(new TraceRecorder() {
            @Override
            public void onAppend(PartitionGroup g, LogEntry e) {
                appended.incrementAndGet();
            }
        });

        // A pipeline: each write is appended before the force that acknowledges the one before
        // it, the leader and the follower forcing in turn, so that at every force one entry is
        // still waiting for its second copy and neither replica is ever at its commit point.
        List<Thread> writers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        long largest = 0;
        int waited = 0;
        for (int i = 1; i <= WRITES; i++) {
            int n = i;
            Thread writer = new Thread(() -> {
                try {
                    table.write(key(n), Precondition.NONE, Mutation.put(item(n)));
                } catch (Throwable e) {
                    failures.add(e);
                }
            }, "writer-" + n);
            writer.start();
            writers.add(writer);
            if (!appendedOrWaiting(writer, appended, i)) {
                // Past the bound the write waits, before it appends, for the snapshot: the
                // entries already appended are acknowledged, the replicas reach their commit
                // point, and the snapshot is written.
                waited++;
                group.force(leader);
                group.force(follower);
                awaitAppended(writer, appended, i);
            }
            group.force(i % 2 == 1 ? follower : leader);
            largest = Math.max(largest, Math.max(logBytes(volume, leader), logBytes(volume, follower)));
        }
        assertTrue(largest <= BOUND + ONE_ENTRY, "a log reached " + largest + " bytes, past the bound of " + BOUND);
        assertTrue(waited > 0 && hasSnapshot(volume, leader) && hasSnapshot(volume, follower),
                "writes waited " + waited + " times for snapshots: " + volume.names());

        // Every write is acknowledged once both replicas force the last ones.
        group.force(leader);
        group.force(follower);
        for (Thread writer : writers) {
            writer.join(10_000);
            assertTrue(!writer.isAlive(), writer.getName() + " is answered");
        }
        assertEquals(List.of(), failures);
        cluster.setTrace(TraceRecorder.OFF);

        // The power goes off: a start from the folder finds every acknowledged write.
        volume.powerOff();
        CrashingVolume disk = volume.afterPowerLoss(new Random(1), false);
        Cluster after = new Cluster(AckRule.QUORUM, 1);
        after.openData(DataDirectory.inline(disk, SNAPSHOT_BYTES));
        for (int i = 1; i <= WRITES; i++) {
            assertEquals(item(i), after.table("T").read(key(i), true), "write " + i);
        }
        after.closeData();
    }

    /** Waits until the writer, woken by the snapshot, appends its entry. */
    private static void awaitAppended(Thread writer, AtomicLong appended, long count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (appended.get() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(writer.getName() + " still waits after the snapshot: " + writer.getState());
            }
            Thread.onSpinWait();
        }
    }

    /**
     * Waits until the writer's entry is appended (the leader has appended {@code count} entries)
     * or the writer waits before appending it; returns whether it was appended.
     */
    private static boolean appendedOrWaiting(Thread writer, AtomicLong appended, long count) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (appended.get() < count) {
            Thread.State state = writer.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TERMINATED) {
                // Appended meanwhile, or waiting before its append.
                return appended.get() >= count;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(writer.getName() + " neither appended nor waits: " + state);
            }
            Thread.onSpinWait();
        }
        return true;
    }
}
