package io.dynaspec.engine.faulttolerance;

import io.dynaspec.engine.cluster.AckRule;
import io.dynaspec.engine.cluster.AvailabilityZone;
import io.dynaspec.engine.cluster.Cluster;
import io.dynaspec.engine.cluster.DataDirectory;
import io.dynaspec.engine.cluster.LogEntry;
import io.dynaspec.engine.cluster.PartitionGroup;
import io.dynaspec.engine.cluster.Table;
import io.dynaspec.engine.cluster.TableMetadata;
import io.dynaspec.engine.cluster.storage.CrashingVolume;
import io.dynaspec.engine.cluster.storage.GroupCommit;
import io.dynaspec.engine.cluster.storage.Records;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A start after a power cut chooses each partition's leader and epoch from the replicas' files as
 * spec/PowerCut.tla's Restart does: the latest last epoch, then the longest log, leads an epoch one
 * past the latest epoch the replicas' epoch files or entries name. The first story is
 * dur-powercut-broken's counterexample, where a restart that let the first replica up lead alone
 * lost the acknowledged put; the others are dur-powercut-broken-epoch's, where a restart that
 * numbered its epoch from the entries alone gave again an epoch an earlier run's leader held,
 * and the trace of seed 67, where a start brought back a write an election had cut.
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
        return powerCut(volume).engine();
    }

    /**
     * An engine started after a power cut.
     *
     * @param disk  the volume it runs on: what the next power cut cuts
     * @param notes what the start found
     */
    private record Run(Cluster engine, CrashingVolume disk, List<String> notes) {
    }

    /**
     * The power goes off; the engine starts again from what was forced, the epoch files of the
     * given zones damaged (the first byte of their first record flipped).
     */
    private static Run powerCut(CrashingVolume volume, AvailabilityZone... damaged) throws Exception {
        volume.powerOff();
        CrashingVolume disk = volume.afterPowerLoss(new Random(1), false);
        for (AvailabilityZone z : damaged) {
            disk.damage(epochFile(disk, z), Records.HEADER_BYTES);
        }
        Cluster after = new Cluster(AckRule.QUORUM, 1);
        List<String> notes = after.openData(DataDirectory.inline(disk, DataDirectory.DEFAULT_SNAPSHOT_BYTES)).notes();
        return new Run(after, disk, notes);
    }

    /** The epoch file of the zone's replica of the only table's only partition. */
    private static String epochFile(CrashingVolume disk, AvailabilityZone zone) {
        String suffix = "/p0/" + zone.label() + "/epoch";
        return disk.names().stream().filter(n -> n.endsWith(suffix)).findFirst()
                .orElseThrow(() -> new AssertionError("no epoch file for " + zone + " in " + disk.names()));
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
        CompletableFuture<Void> put = OlderEpochCopyTest.writeAsync(cluster, table, entry);
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

    /** Puts the item, forced on every replica, and fails the leader's zone: epoch 2, no entry of it. */
    private static AvailabilityZone putThenFailOver(Cluster cluster, PartitionGroup group) throws Exception {
        LogEntry[] entry = new LogEntry[1];
        CompletableFuture<Void> put = OlderEpochCopyTest.writeAsync(cluster, cluster.table("T"), entry);
        for (AvailabilityZone z : AvailabilityZone.values()) {
            group.force(z);
        }
        put.get(10, TimeUnit.SECONDS);
        AvailabilityZone first = group.leaderZone();
        cluster.faults().failAz(first);
        assertEquals(2, group.epoch());
        return first;
    }

    @Test
    void theRestartsEpochIsPastEveryEpochAnEarlierRunElectedNotOnlyThoseOnDisk() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        // The leader's zone fails: a new leader leads epoch 2, and no entry of epoch 2 is written.
        // The election forced epoch 2 to the epoch files of the two replicas that voted in it.
        putThenFailOver(cluster, group);

        // The entries on disk name epoch 1 only; the epoch files name 2: the start leads epoch 3.
        Run run = powerCut(volume);
        Cluster after = run.engine();
        PartitionGroup restarted = after.table("T").partitions().get(0);
        assertEquals(3, restarted.epoch(), "past epoch 2, which an earlier run's leader held");
        assertEquals(PUT, after.table("T").read(K, true));

        // And the next start past epoch 3, which the start forced before taking a write.
        Cluster again = restart(run.disk());
        assertEquals(4, again.table("T").partitions().get(0).epoch());
        assertEquals(PUT, again.table("T").read(K, true));
    }

    @Test
    void aStartBeforeAnyWriteNeverGivesTheTablesFirstEpochAgain() throws Exception {
        // dur-powercut-broken-epoch's counterexample: created, power cut, started again. Nothing is
        // on disk but the empty logs; epoch 1 was the creation's leader's.
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        cluster.createTable(TableMetadata.of("T", KEY, 1));
        Cluster after = restart(volume);
        assertEquals(2, after.table("T").partitions().get(0).epoch());
    }

    @Test
    void aTornEpochRecordCountsForNothingAndTheOtherVotersFileStillNamesTheEpoch() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        putThenFailOver(cluster, group);
        AvailabilityZone voter = group.leaderZone();

        // One voter's only epoch record fails its check, as a force cut short would: the other
        // voter's file still names epoch 2.
        Run run = powerCut(volume, voter);
        Cluster after = run.engine();
        assertEquals(3, after.table("T").partitions().get(0).epoch());
        assertTrue(run.notes().stream().anyMatch(n -> n.contains("replica " + voter.label())
                && n.contains("torn last record of its epoch file")), run.notes().toString());
        assertEquals(PUT, after.table("T").read(K, true));
    }

    @Test
    void aDamagedEpochFileCountsForNothingAndTheOtherVotersFileStillNamesTheEpoch() throws Exception {
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        AvailabilityZone first = putThenFailOver(cluster, group);
        cluster.faults().recoverAz(first);
        // A second failover: epoch 3, voted in by the first zone and by the replica that voted in
        // epoch 2 and still runs, whose epoch file now holds two records.
        AvailabilityZone second = group.leaderZone();
        cluster.faults().failAz(second);
        assertEquals(3, group.epoch());
        AvailabilityZone both = other(first, second);

        // Its first record damaged, with one after it: the file cannot be trusted and counts for
        // nothing; the first zone's file names epoch 3.
        Run run = powerCut(volume, both);
        Cluster after = run.engine();
        assertEquals(4, after.table("T").partitions().get(0).epoch());
        assertTrue(run.notes().stream().anyMatch(n -> n.contains("replica " + both.label())
                && n.contains("epoch file is damaged")), run.notes().toString());
        assertEquals(PUT, after.table("T").read(K, true));
        // Written anew by the start, it names the start's epoch.
        Cluster again = restart(run.disk());
        assertEquals(5, again.table("T").partitions().get(0).epoch());
    }

    @Test
    void withEveryEpochRecordOfTheLatestEpochLostTheEntriesStandIn() throws Exception {
        // Beyond what the files can tell: the start numbers from the entries, as before it kept
        // epoch files, and epoch 2 is given again. The notes say so.
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        AvailabilityZone failed = putThenFailOver(cluster, group);
        List<AvailabilityZone> voters = new ArrayList<>();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            if (z != failed) {
                voters.add(z);
            }
        }
        Run run = powerCut(volume, voters.toArray(AvailabilityZone[]::new));
        Cluster after = run.engine();
        assertEquals(2, after.table("T").partitions().get(0).epoch(), "one past the entries' epoch 1");
        assertEquals(2, run.notes().stream().filter(n -> n.contains("epoch file")).count(), run.notes().toString());
        assertEquals(PUT, after.table("T").read(K, true));
    }

    @Test
    void aWriteAnElectionCutStaysCutThoughItsCrashedLeadersFilesStillHoldIt() throws Exception {
        // The trace of seed 67 (trace-check --crashes --power-cuts), in epochs 1 and 2: the leader
        // appends a put and forces it alone, and crashes; the two others elect with empty logs,
        // and the election cuts the put, refused to its client; the crashed leader's files still
        // hold it. The new leader crashes, then the power is cut.
        CrashingVolume volume = new CrashingVolume();
        Cluster cluster = engine(volume);
        Table table = cluster.createTable(TableMetadata.of("T", KEY, 1));
        PartitionGroup group = table.partitions().get(0);
        AvailabilityZone first = group.leaderZone();
        for (AvailabilityZone z : AvailabilityZone.values()) {
            if (z != first) {
                cluster.scheduler().hold(z);
            }
        }
        LogEntry[] entry = new LogEntry[1];
        CompletableFuture<Void> put = OlderEpochCopyTest.writeAsync(cluster, table, entry);
        assertEquals(1, group.force(first));
        cluster.faults().crashAz(first);
        AvailabilityZone second = group.leaderZone();
        assertNotEquals(first, second);
        assertEquals(2, group.epoch());
        assertFalse(group.holdsInLog(entry[0]), "the election cut the put");
        try {
            put.get(10, TimeUnit.SECONDS);
            throw new AssertionError("the cut put was acknowledged");
        } catch (java.util.concurrent.ExecutionException expected) {
            // its client is told the write failed
        }
        cluster.faults().crashAz(second);

        // At the start the first leader's log ends with the put, of epoch 1; the others' are
        // empty; the epoch files of the two voters say epoch 2's log began at position 0: the
        // put, of an earlier epoch past it, was cut, and is undone.
        Run run = powerCut(volume);
        Cluster after = run.engine();
        PartitionGroup restarted = after.table("T").partitions().get(0);
        assertNull(after.table("T").read(K, true), "a write refused to its client takes no effect");
        assertEquals(3, restarted.epoch(), "one past epoch 2, as before");
        assertEquals(0, restarted.status().logLength());
        assertTrue(run.notes().stream().anyMatch(n -> n.contains("replica " + first.label())
                && n.contains("undid 1 entry past position 0 that the election of epoch 2 cut")),
                run.notes().toString());
        for (AvailabilityZone z : AvailabilityZone.values()) {
            assertEquals(3, restarted.joinedEpoch(z), z + " joined the restart's epoch");
            assertEquals(0, restarted.replica(z).appliedSequence(), z + " holds no entry");
        }

        // The undoing is recorded: the next start finds the same.
        Cluster again = restart(run.disk());
        assertNull(again.table("T").read(K, true));
        assertEquals(4, again.table("T").partitions().get(0).epoch());
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
}
